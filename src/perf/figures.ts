/** Catalog figures the path model reads, each returned with its source so results can explain themselves. */
import { NotFoundError } from '../model/index.js';
import type { Catalog, Guidance } from '../catalog/index.js';

/** A figure used in a computation, with where it came from. */
export interface SourcedFigure {
  id: string;
  value: number;
  unit: string;
  source: string | null;
  /** Why the figure is an estimate, or null. */
  estimate: string | null;
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
