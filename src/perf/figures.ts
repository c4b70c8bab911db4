/** Catalog figures the path model reads, each returned with its source so results can explain themselves. */
import { NotFoundError } from '../model/index.js';
import type { Catalog, Guidance } from '../catalog/index.js';
import { pathFiguresCatalog } from '../catalog/data/path-figures.js';

/** A figure used in a computation, with where it came from. */
export interface SourcedFigure {
  id: string;
  value: number;
  unit: string;
  source: string | null;
  /** Why the figure is an estimate, or null. */
  estimate: string | null;
}

/**
 * The catalog with the perf figures (src/catalog/data/path-figures.ts) added where the catalog lacks them,
 * so the model works before and after the lead merges that file into the built-in catalog.
 */
export function withPerfFigures(catalog: Catalog): Catalog {
  const haveG = new Set(catalog.guidance.map((g) => g.id));
  const haveS = new Set(catalog.standards.map((s) => s.id));
  const addG = (pathFiguresCatalog.guidance ?? []).filter((g) => !haveG.has(g.id));
  const addS = (pathFiguresCatalog.standards ?? []).filter((s) => !haveS.has(s.id));
  if (addG.length === 0 && addS.length === 0) return catalog;
  return { ...catalog, guidance: [...catalog.guidance, ...addG], standards: [...catalog.standards, ...addS] };
}

const fromGuidance = (g: Guidance): SourcedFigure => ({
  id: g.id,
  value: g.value,
  unit: g.unit,
  source: g.sources?.value ?? g.source ?? null,
  estimate: g.estimates?.value ?? null,
});

/** A guidance figure, or undefined when the catalog has none with that id. */
export function optionalFigure(catalog: Catalog, id: string): SourcedFigure | undefined {
  const g = catalog.guidance.find((r) => r.id === id);
  return g ? fromGuidance(g) : undefined;
}

/** A guidance figure the model cannot work without. */
export function figure(catalog: Catalog, id: string): SourcedFigure {
  const f = optionalFigure(catalog, id);
  if (!f)
    throw new NotFoundError(
      `catalog has no guidance figure '${id}' (src/catalog/data/path-figures.ts)`,
      'perf-figure-missing',
    );
  return f;
}
