/** The library's export entry point: load the design (io), write it in one of the export formats (io/export). */
import {
  exportDot,
  exportInfragraph,
  exportJson,
  exportNcclXml,
  exportSvg,
  type ExportFormat,
} from '../io/export/index.js';
import { loadDesign } from '../io/index.js';
import { hasErrors, type DraftIssue, type Issue } from '../model/index.js';

export { EXPORT_FORMATS, type ExportFormat } from '../io/export/index.js';

export interface ExportOptions {
  /** The node to write (nccl-xml: one node per file). */
  node?: string;
}

export interface ExportRun {
  file: string;
  /** The exported text; null when the design did not load or has errors (then `issues` says why). */
  text: string | null;
  /** What loading found (only when the design could not be exported). */
  issues: Issue[];
  /** The exporter's own findings (e.g. what NCCL's XML cannot express). */
  warnings: DraftIssue[];
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
  if (format === 'nccl-xml') {
    const x = exportNcclXml(d, l.catalog, o.node);
    return { file: l.file, text: x.xml, issues: [], warnings: x.issues };
  }
  const text =
    format === 'infragraph'
      ? exportInfragraph(d)
      : format === 'dot'
        ? exportDot(d)
        : format === 'svg'
          ? await exportSvg(d)
          : exportJson(d);
  return { file: l.file, text, issues: [], warnings: [] };
}
