/** Exporters: NCCL topology XML, InfraGraph YAML, design JSON, Graphviz DOT and NetBox files (the SVG drawing is report/drawing). */
export { exportNcclXml, exportedNode, type NcclExport, type NcclExportOptions } from './nccl-xml.js';
export {
  matchBusIds,
  readBusIds,
  type BusIdAssignment,
  type BusIdMatch,
  type BusIdSource,
} from './bus-ids.js';
export { exportInfragraph } from './infragraph.js';
export { exportDot } from './dot.js';
export { exportJson } from './json.js';
export { exportNetbox, type NetboxExport } from './netbox.js';

export const EXPORT_FORMATS = ['nccl-xml', 'infragraph', 'json', 'dot', 'svg', 'netbox'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
