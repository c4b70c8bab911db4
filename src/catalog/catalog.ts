/** Catalog assembly and look-ups: the built-in data merged with any user catalogs. */
import type { ComponentKind, Protocol } from '../model/index.js';
import type { Cable, Catalog, CatalogFile, Connector, Material, Part, Standard } from './schema.js';
import { builtinCatalogFile } from './data/index.js';

const emptyCatalog = (): Catalog => ({
  standards: [],
  materials: [],
  connectors: [],
  cables: [],
  parts: [],
  guidance: [],
});

/**
 * Merge catalog files in order; a later record with the same id replaces an earlier one
 * (a user catalog may refine a built-in part).
 */
export function mergeCatalogs(...files: CatalogFile[]): Catalog {
  const out = emptyCatalog();
  for (const file of files) {
    for (const key of Object.keys(out) as (keyof Catalog)[]) {
      const add = (file[key] ?? []) as { id: string }[];
      const list = out[key] as { id: string }[];
      for (const record of add) {
        const at = list.findIndex((r) => r.id === record.id);
        if (at >= 0) list[at] = record;
        else list.push(record);
      }
    }
  }
  return out;
}

let builtin: Catalog | null = null;
/** The built-in catalog (immutable by convention; computed once). */
export function builtinCatalog(): Catalog {
  builtin ??= mergeCatalogs(builtinCatalogFile);
  return builtin;
}

export const findPart = (catalog: Catalog, id: string): Part | undefined =>
  catalog.parts.find((p) => p.id === id);
export const findMaterial = (catalog: Catalog, id: string): Material | undefined =>
  catalog.materials.find((m) => m.id === id);
export const findConnector = (catalog: Catalog, id: string): Connector | undefined =>
  catalog.connectors.find((c) => c.id === id);
export const findCable = (catalog: Catalog, id: string): Cable | undefined =>
  catalog.cables.find((c) => c.id === id);
export const findStandardById = (catalog: Catalog, id: string): Standard | undefined =>
  catalog.standards.find((s) => s.id === id);
/** The standard of a protocol generation (`pcie`, 5). CXL links use PCIe's electricals, so callers pass 'pcie'. */
export const findStandard = (catalog: Catalog, protocol: Protocol, gen: number): Standard | undefined =>
  catalog.standards.find((s) => s.protocol === protocol && s.gen === gen);
export const findGuidance = (catalog: Catalog, id: string): number | undefined =>
  catalog.guidance.find((g) => g.id === id)?.value;

export const partsOfKind = (catalog: Catalog, kind: ComponentKind): Part[] =>
  catalog.parts.filter((p) => p.kind === kind);

/** Every id in the catalog, for did-you-mean hints. */
export const allIds = (catalog: Catalog): string[] =>
  [
    catalog.standards,
    catalog.materials,
    catalog.connectors,
    catalog.cables,
    catalog.parts,
    catalog.guidance,
  ].flatMap((list) => list.map((r) => r.id));
