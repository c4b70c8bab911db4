/** The library's check entry point: load a design, validate its structure (and physical layer). */
import type { Catalog } from '../catalog/index.js';
import { checkStructure } from '../check/index.js';
import { loadDesign, type LoadedDesign } from '../io/index.js';
import { hasErrors, type Design, type Issue } from '../model/index.js';
import { analyzePhysical, type PhyReport } from '../phy/index.js';

export interface CheckResult {
  file: string;
  design: Design | null;
  catalog: Catalog;
  /** Every issue found, located in the file. */
  issues: Issue[];
  /** The physical-layer report; null when skipped or when the design has structural errors. */
  phy: PhyReport | null;
  loaded: LoadedDesign;
}

export interface CheckOptions {
  /** Run the physical-layer check too (default true). */
  phy?: boolean;
}

/**
 * Loads and checks a design file or `builtin:NAME`; never throws for bad input. The physical check runs
 * only on a structurally sound design (it reads ports and parts the structural check vouches for).
 */
export function checkDesign(spec: string, opts: CheckOptions = {}): CheckResult {
  const loaded = loadDesign(spec);
  const issues = [...loaded.issues];
  let phy: PhyReport | null = null;
  if (loaded.design) {
    issues.push(...loaded.locate(checkStructure(loaded.design, loaded.catalog).issues));
    if (opts.phy !== false && !hasErrors(issues)) {
      phy = analyzePhysical(loaded.design, loaded.catalog);
      issues.push(...loaded.locate(phy.issues));
    }
  }
  return { file: loaded.file, design: loaded.design, catalog: loaded.catalog, issues, phy, loaded };
}
