/** The library's check entry point: load a design, validate its structure (and physical layer). */
import { prepareDesign, type PreparedDesign } from './prepare.js';

export type CheckResult = PreparedDesign;

export interface CheckOptions {
  /** Run the physical-layer check too (default true). */
  phy?: boolean;
}

/**
 * Loads and checks a design file or `builtin:NAME`; never throws for bad input. The physical check runs
 * only on a structurally sound design (it reads ports and parts the structural check vouches for).
 */
export function checkDesign(spec: string, opts: CheckOptions = {}): CheckResult {
  return prepareDesign(spec, { phy: opts.phy });
}
