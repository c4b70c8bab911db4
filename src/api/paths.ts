/** The library's paths entry point: prepare the design with its fabric, then answer one `rackwire paths` question. */
import { hasErrors, type Issue } from '../model/index.js';
import { pathsQuery, type PathsQuery, type PathsResult, type Profile } from '../perf/index.js';
import { resolveCalibration, type CalibrationInput } from './calibration.js';
import { loadDesign } from '../io/index.js';
import { prepareLoaded, type PreparedDesign } from './prepare.js';

export interface PathsOptions extends CalibrationInput {
  /** Default: `calibrated` with a calibration, else `nccl`. */
  profile?: Profile;
}

export interface PathsRun {
  file: string;
  prepared: PreparedDesign;
  /** Null when the design did not load (or the calibration file has errors). */
  result: PathsResult | null;
  /** What loading found, the calibration file's problems and the question's own findings, located. */
  issues: Issue[];
}

/** Answers `q` for a design file or `builtin:NAME`; throws NotFoundError for an unknown device in `explain`. */
export function pathsOfDesign(spec: string, q: PathsQuery, o: PathsOptions = {}): PathsRun {
  const loaded = loadDesign(spec);
  const cal = loaded.design ? resolveCalibration(o) : { calibration: null, issues: [] };
  if (!loaded.design || hasErrors(cal.issues)) {
    const p = prepareLoaded(loaded, { structure: false, phy: false });
    return { file: p.file, prepared: p, result: null, issues: [...p.issues, ...cal.issues] };
  }
  // the structural check is `rackwire check`'s: paths reports what loading found and its own findings
  const p = prepareLoaded(loaded, { structure: false, fabric: true, calibration: cal.calibration });
  const input = {
    design: p.design!,
    catalog: p.catalog,
    fabric: p.fabric!,
    trained: p.trained,
    calibration: cal.calibration,
  };
  const result = pathsQuery(input, q, { profile: o.profile });
  return {
    file: p.file,
    prepared: p,
    result,
    issues: [...p.loaded.issues, ...cal.issues, ...p.locate(result.issues)],
  };
}
