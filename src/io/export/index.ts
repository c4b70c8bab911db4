/** Exporters: NCCL topology XML, InfraGraph YAML, design JSON, Graphviz DOT and an ELK-laid-out SVG. */
export { exportNcclXml, type NcclExport } from './nccl-xml.js';
export { exportInfragraph } from './infragraph.js';
export { exportDot } from './dot.js';
export { exportJson } from './json.js';

export const EXPORT_FORMATS = ['nccl-xml', 'infragraph', 'json', 'dot', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
