/** The library's collective entry point: load, check (with the physical layer), build the fabric, simulate. */
import { hasErrors, type Issue } from '../model/index.js';
import { trainedFromPhy, type Calibration, type Profile } from '../perf/index.js';
import {
  runDesignCollective,
  type Algorithm,
  type CollectiveOp,
  type DesignCollectiveResult,
  type RankSpec,
  type RoutingMode,
} from '../sim/index.js';
import { checkDesign } from './check.js';

export interface CollectiveOptions {
  op: CollectiveOp;
  algo: Algorithm | 'auto';
  /** nccl-tests sizes (bytes). */
  sizes: number[];
  ranks?: RankSpec;
  routing?: RoutingMode;
  profile?: Profile;
  calibration?: Calibration | null;
  /** 'flow' (default) simulates; 'analytic' uses the alpha-beta model. */
  mode?: 'flow' | 'analytic';
}

export interface CollectiveRun {
  file: string;
  /** Null when the design has errors. */
  result: DesignCollectiveResult | null;
  /** Every issue, located in the design file. */
  issues: Issue[];
}

/**
 * Runs a collective on a design file or `builtin:NAME`. Bad input in the design comes back as issues; bad
 * options (unknown rank id, NVLS without an in-network-reduction switch) throw InputError/NotFoundError.
 */
export function collectiveOfDesign(spec: string, o: CollectiveOptions): CollectiveRun {
  const checked = checkDesign(spec);
  const issues = [...checked.issues];
  if (!checked.design || !checked.phy || hasErrors(issues))
    return { file: checked.file, result: null, issues };
  const result = runDesignCollective(checked.design, checked.catalog, {
    ...o,
    trained: trainedFromPhy(checked.phy.links),
  });
  issues.push(...checked.loaded.locate(result.issues));
  return { file: checked.file, result, issues };
}
