/**
 * The library's export entry point: load the design (io), write it in one of the export formats (io/export). The
 * NCCL topology takes the physical layer's trained link states (a Scorpio uplink on a Gen5 host trains at Gen5,
 * whatever the switch could do) and, from `--bus-ids`, the VM's bus ids.
 */
import {
  exportDot,
  exportInfragraph,
  exportJson,
  exportNcclXml,
  exportNetbox,
  exportedNode,
  matchBusIds,
  readBusIds,
  type BusIdAssignment,
  type ExportFormat,
  type NcclExportOptions,
} from '../io/export/index.js';
import { shippedPciIds } from '../io/import/index.js';
import { builtinOfModules, loadDesign, type LoadedDesign } from '../io/index.js';
import { hasErrors, type DraftIssue, type Issue } from '../model/index.js';
import type { DrawingOptions } from '../report/drawing/index.js';
import { drawingOfDesign } from './drawing.js';
import { prepareLoaded } from './prepare.js';

export { EXPORT_FORMATS, type ExportFormat } from '../io/export/index.js';

/** nccl-xml: the node to write (one node per file), the VM's bus ids and class codes by component id. */
export interface ExportOptions extends Omit<NcclExportOptions, 'trained'> {
  /** How the SVG drawing colours links and opens nodes. */
  drawing?: DrawingOptions;
  /** nccl-xml: a file of the VM's bus ids (an `lspci -Dnn` listing or a YAML map), read by the caller. */
  busIdsFile?: { name: string; text: string };
}

export interface ExportRun {
  file: string;
  /** The exported text; null when the design did not load or has errors (then `issues` says why). */
  text: string | null;
  /** What loading found when the design could not be exported; the bus-id file's located findings. */
  issues: Issue[];
  /** The exporter's own findings (e.g. what NCCL's XML cannot express). */
  warnings: DraftIssue[];
  /** Formats that write a folder (netbox): relative path → text; `text` is then a summary. */
  files?: Record<string, string>;
  /** nccl-xml: the bus id written for each device (component id -> bus id). */
  busIds?: Map<string, string>;
  /** nccl-xml with `busIdsFile`: how its bus ids were matched to the design's devices. */
  assignment?: BusIdAssignment | null;
}

/** Exports a design file or `builtin:NAME`; throws InputError only for a node that is not in the design. */
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
  if (format === 'nccl-xml') return ncclXmlOf(l, o);
  if (format === 'svg') {
    // The drawing shows the physical verdicts and the trained link rates, so the design is prepared first.
    const p = prepareLoaded(l);
    return { file: l.file, text: await drawingOfDesign(p, o.drawing), issues: [], warnings: [] };
  }
  const text =
    format === 'infragraph' ? exportInfragraph(d) : format === 'dot' ? exportDot(d) : exportJson(d);
  return { file: l.file, text, issues: [], warnings: [] };
}

function ncclXmlOf(l: LoadedDesign, o: ExportOptions): ExportRun {
  const d = l.design!;
  let assignment: BusIdAssignment | null = null;
  let ids: Pick<NcclExportOptions, 'busIds' | 'classCodes'> = {};
  if (o.busIdsFile) {
    const node = exportedNode(d, o.node);
    const { source, issues } = readBusIds(o.busIdsFile.text, o.busIdsFile.name, l.catalog, shippedPciIds());
    assignment = source ? matchBusIds(d, node, source) : null;
    const all = [...issues, ...(assignment?.issues ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (!assignment || hasErrors(all))
      return { file: l.file, text: null, issues: all, warnings: [], assignment };
    ids = { busIds: assignment.busIds, classCodes: assignment.classCodes };
  }
  // Only the trained states are wanted: the check's findings are `rackwire check`'s to report.
  const { trained } = prepareLoaded(l);
  const x = exportNcclXml(d, l.catalog, { node: o.node, ...ids, trained });
  const issues = assignment?.issues ?? [];
  return { file: l.file, text: x.xml, issues, warnings: x.issues, busIds: x.busIds, assignment };
}
