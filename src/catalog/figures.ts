/** Where each figure of a catalog record comes from: its source, or the reason it is an estimate. */

export interface SourcedRecord {
  id: string;
  source?: string | undefined;
  sources?: Record<string, string> | undefined;
  estimates?: Record<string, string> | undefined;
}

export interface FigureProvenance {
  field: string;
  value: unknown;
  /** The source text, or null when the figure is an estimate or unsourced. */
  source: string | null;
  /** The reason the figure is an estimate, or null. */
  estimate: string | null;
}

const NON_FIGURES = new Set([
  'id',
  'name',
  'vendor',
  'kind',
  'description',
  'notes',
  'source',
  'sources',
  'estimates',
]);

/** True for a value that is a figure (a number, or an object/array holding numbers). */
function holdsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(holdsNumber);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNumber);
  return false;
}

/** The provenance of every figure-holding field of a record. */
export function figureProvenance(record: SourcedRecord): FigureProvenance[] {
  const out: FigureProvenance[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (NON_FIGURES.has(field) || !holdsNumber(value)) continue;
    out.push({
      field,
      value,
      source: record.sources?.[field] ?? record.source ?? null,
      estimate: record.estimates?.[field] ?? null,
    });
  }
  return out;
}
