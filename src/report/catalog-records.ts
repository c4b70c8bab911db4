/** Catalog views for the `catalog` command: every record with its section, look-up by id, flagged estimates. */
import type { Catalog, SourcedRecord } from '../catalog/index.js';
import { allIds, figureProvenance } from '../catalog/index.js';
import { suggest } from '../model/index.js';

export const CATALOG_SECTIONS = ['standard', 'material', 'connector', 'cable', 'part', 'guidance'] as const;
export type CatalogSection = (typeof CATALOG_SECTIONS)[number];

const SECTION_KEY: Record<CatalogSection, keyof Catalog> = {
  standard: 'standards',
  material: 'materials',
  connector: 'connectors',
  cable: 'cables',
  part: 'parts',
  guidance: 'guidance',
};

export interface CatalogRecordRef {
  section: CatalogSection;
  /** Part kind, standard protocol or cable medium; the section name for the other sections. */
  kind: string;
  id: string;
  name: string;
  record: SourcedRecord & Record<string, unknown>;
}

/** The sub-kind a record is listed under. */
function kindOf(section: CatalogSection, record: Record<string, unknown>): string {
  const field = { part: 'kind', standard: 'protocol', cable: 'medium' }[section as string];
  const value = field ? record[field] : undefined;
  return typeof value === 'string' ? value : section;
}

/** Every record of the catalog in section order. */
export function catalogRecords(catalog: Catalog): CatalogRecordRef[] {
  return CATALOG_SECTIONS.flatMap((section) =>
    (catalog[SECTION_KEY[section]] as (SourcedRecord & Record<string, unknown>)[]).map((record) => ({
      section,
      kind: kindOf(section, record),
      id: record.id,
      name: String(record.name ?? ''),
      record,
    })),
  );
}

/** Records whose section or kind is `kind` (`part`, `accelerator`, `cable`, `aec`, `pcie`...). */
export const recordsOfKind = (catalog: Catalog, kind: string): CatalogRecordRef[] =>
  catalogRecords(catalog).filter((r) => r.section === kind || r.kind === kind);

export const findRecord = (catalog: Catalog, id: string): CatalogRecordRef | null =>
  catalogRecords(catalog).find((r) => r.id === id) ?? null;

/** A figure flagged as an estimate: which record, which field, its value and the reason. */
export interface FlaggedFigure {
  section: CatalogSection;
  id: string;
  field: string;
  value: unknown;
  reason: string;
}

/** Every figure the catalog flags as an estimate. */
export function flaggedFigures(catalog: Catalog): FlaggedFigure[] {
  return catalogRecords(catalog).flatMap((r) =>
    figureProvenance(r.record)
      .filter((f) => f.estimate !== null)
      .map((f) => ({
        section: r.section,
        id: r.id,
        field: f.field,
        value: f.value,
        reason: f.estimate ?? '',
      })),
  );
}

/** The error for an id the catalog lacks, with a did-you-mean hint from every catalog id. */
export function unknownRecordError(catalog: Catalog, id: string) {
  const near = suggest(id, allIds(catalog));
  const hint = near ? `did you mean "${near}"?` : 'run `rackwire catalog list` for all ids';
  return { code: 'catalog-id-not-found', message: `no catalog record "${id}"`, hint };
}
