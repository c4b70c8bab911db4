/** The library's export entry point: load the design (io), write it in one of the export formats (io/export). */
import {
  exportDot,
  exportInfragraph,
  exportJson,
  exportNcclXml,
  exportNetbox,
  type ExportFormat,
} from '../io/export/index.js';
import { builtinOfModules, loadDesign } from '../io/index.js';
import { hasErrors, type DraftIssue, type Issue } from '../model/index.js';
import type { DrawingOptions } from '../report/drawing/index.js';
import { drawingOfDesign } from './drawing.js';
import { prepareLoaded } from './prepare.js';

export { EXPORT_FORMATS, type ExportFormat } from '../io/export/index.js';

export interface ExportOptions {
  /** The node to write (nccl-xml: one node per file). */
  node?: string;
  /** How the SVG drawing colours links and opens nodes. */
  drawing?: DrawingOptions;
}

export interface ExportRun {
  file: string;
  /** The exported text; null when the design did not load or has errors (then `issues` says why). */
  text: string | null;
  /** What loading found (only when the design could not be exported). */
  issues: Issue[];
  /** The exporter's own findings (e.g. what NCCL's XML cannot express). */
  warnings: DraftIssue[];
  /** Formats that write a folder (netbox): relative path → text; `text` is then a summary. */
  files?: Record<string, string>;
}

/** Exports a design file or `builtin:NAME`; never throws for bad input. */
export async function exportDesign(
  spec: string,
  format: ExportFormat,
  o: ExportOptions = {},
): Promise<ExportRun> {
  const l = loadDesign(spec);
  if (!l.design || hasErrors(l.issues)) return { file: l.file, text: null, issues: l.issues, warnings: [] };
  const d = l.design;
  if (format === 'netbox') {
    const x = exportNetbox(d, l.catalog, { presetOfModule: builtinOfModules() });
    const paths = Object.keys(x.files);
    const count = (prefix: string) => paths.filter((p) => p.startsWith(prefix)).length;
    const lines = (p: string) => Math.max(0, (x.files[p]?.split('\n').length ?? 2) - 2);
    const text = `${count('device-types/')} device types, ${lines('racks.csv')} racks, ${lines('devices.csv')} devices, ${lines('cables.csv')} cables, ${count('elevations/')} rack elevations`;
    return { file: l.file, text, issues: [], warnings: x.issues, files: x.files };
  }
  if (format === 'nccl-xml') {
    const x = exportNcclXml(d, l.catalog, o.node);
    return { file: l.file, text: x.xml, issues: [], warnings: x.issues };
  }
  if (format === 'svg') {
    // The drawing shows the physical verdicts and the trained link rates, so the design is prepared first.
    const p = prepareLoaded(l);
    return { file: l.file, text: await drawingOfDesign(p, o.drawing), issues: [], warnings: [] };
  }
  const text =
    format === 'infragraph' ? exportInfragraph(d) : format === 'dot' ? exportDot(d) : exportJson(d);
  return { file: l.file, text, issues: [], warnings: [] };
}
