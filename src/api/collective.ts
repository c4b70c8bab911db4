/** The library's collective entry point: prepare the design (load, check, physical layer, fabric), simulate. */
import { hasErrors, type Issue } from '../model/index.js';
import type { Profile } from '../perf/index.js';
import {
  runDesignCollective,
  type Algorithm,
  type CollectiveOp,
  type DesignCollectiveResult,
  type RankSpec,
  type RoutingMode,
} from '../sim/index.js';
import { resolveCalibration, type CalibrationInput } from './calibration.js';
import { prepareDesign } from './prepare.js';

export interface CollectiveOptions extends CalibrationInput {
  op: CollectiveOp;
  algo: Algorithm | 'auto';
  /** nccl-tests sizes (bytes). */
  sizes: number[];
  ranks?: RankSpec;
  routing?: RoutingMode;
  profile?: Profile;
  /** 'flow' (default) simulates; 'analytic' uses the alpha-beta model. */
  mode?: 'flow' | 'analytic';
}

export interface CollectiveRun {
  file: string;
  /** Null when the design (or the calibration file) has errors. */
  result: DesignCollectiveResult | null;
  /** Every issue, located in the design file (or the calibration file). */
  issues: Issue[];
}

/**
 * Runs a collective on a design file or `builtin:NAME`. Bad input in the design comes back as issues; bad
 * options (unknown rank id, NVLS without an in-network-reduction switch) throw InputError/NotFoundError.
 */
export function collectiveOfDesign(spec: string, o: CollectiveOptions): CollectiveRun {
  const cal = resolveCalibration(o);
  if (hasErrors(cal.issues)) return { file: spec, result: null, issues: cal.issues };
  const p = prepareDesign(spec, { fabric: true, calibration: cal.calibration });
  const issues = [...cal.issues, ...p.issues];
  if (!p.design || !p.phy || hasErrors(issues)) return { file: p.file, result: null, issues };
  const { calibrationFile: _file, ...req } = o;
  const result = runDesignCollective(p.design, p.catalog, {
    ...req,
    calibration: cal.calibration,
    trained: p.trained,
    fabric: p.fabric,
  });
  issues.push(...p.locate(result.issues));
  return { file: p.file, result, issues };
}
