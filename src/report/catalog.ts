/** Text renderers for the `catalog` command: record lists, one record's figures with sources, estimates. */
import type { Standard } from '../catalog/index.js';
import { figureProvenance } from '../catalog/index.js';
import type { CatalogRecordRef, FlaggedFigure } from './catalog-records.js';
import { table } from './table.js';

/** Left-aligned columns separated by two spaces; the header is underlined. */
export const textTable = (header: string[], rows: string[][]): string => table(header, rows) + '\n';

/** A figure's value in one line: numbers as written, objects and arrays as compact JSON. */
export function formatFigure(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

export const renderCatalogList = (records: CatalogRecordRef[]): string =>
  textTable(
    ['SECTION', 'KIND', 'ID', 'NAME'],
    records.map((r) => [r.section, r.kind, r.id, r.name]),
  );

/** One record: its descriptive fields, then every figure with its source or `ESTIMATE: reason`. */
export function renderRecord(ref: CatalogRecordRef): string {
  const r = ref.record;
  const head = [`${ref.id}  (${ref.section}, ${ref.kind})`, `  name: ${ref.name}`];
  for (const key of ['vendor', 'description', 'notes'] as const) {
    if (typeof r[key] === 'string') head.push(`  ${key}: ${r[key] as string}`);
  }
  const figures = figureProvenance(r).map((f) => {
    const where = f.estimate !== null ? `ESTIMATE: ${f.estimate}` : (f.source ?? 'UNSOURCED');
    return `  ${f.field} = ${formatFigure(f.value)}\n      ${where}`;
  });
  return [...head, 'figures:', ...figures].join('\n') + '\n';
}

/** Shortens a long value for a table cell (`show ID` prints it whole). */
const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max - 1) + '…' : text);

const orDash = (v: unknown): string => (v === undefined || v === null ? '-' : formatFigure(v));

export const renderStandards = (standards: Standard[]): string =>
  textTable(
    [
      'ID',
      'PROTOCOL',
      'GEN',
      'RATE_GTps',
      'LANE_Gbps',
      'SIGNAL',
      'NYQUIST_GHz',
      'BUDGET_dB',
      'LINK_GBps/dir',
    ],
    standards.map((s) => [
      s.id,
      s.protocol,
      orDash(s.gen),
      orDash(s.rateGTps),
      orDash(s.laneRateGbps),
      orDash(s.signalling),
      orDash(s.nyquistGHz === undefined ? undefined : Math.round(s.nyquistGHz * 1000) / 1000),
      orDash(s.lossBudgetDb),
      orDash(s.linkGBpsPerDir),
    ]),
  );

export const renderEstimates = (flagged: FlaggedFigure[]): string =>
  textTable(
    ['ID', 'FIELD', 'VALUE', 'REASON'],
    flagged.map((f) => [f.id, f.field, clip(formatFigure(f.value), 40), f.reason]),
  ) + `${flagged.length} flagged figures\n`;

/** JSON of one record: its fields as stored plus each figure's provenance (absent source/estimate = null). */
export const recordJson = (ref: CatalogRecordRef) => ({
  section: ref.section,
  kind: ref.kind,
  id: ref.id,
  record: ref.record,
  figures: figureProvenance(ref.record),
});

export const listJson = (records: CatalogRecordRef[]) => ({
  records: records.map(({ section, kind, id, name }) => ({ section, kind, id, name })),
});
