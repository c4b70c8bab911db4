/**
 * The one place a command's pipeline is assembled: load the design (io), check its structure (check), run the
 * physical layer (phy), take the trained link states from it and build the path fabric (perf). Every command and
 * the web server start from `prepareDesign`, so no pipeline is written out twice.
 */
import type { Catalog } from '../catalog/index.js';
import { checkStructure } from '../check/index.js';
import { loadDesign, type LoadedDesign } from '../io/index.js';
import { hasErrors, type Calibration, type Design, type DraftIssue, type Issue } from '../model/index.js';
import { buildFabric, trainedFromPhy, type Fabric, type TrainedMap } from '../perf/index.js';
import { analyzePhysical, type PhyReport } from '../phy/index.js';

export interface PrepareOptions {
  /**
   * Check the structure first (default true); the physical layer then runs only on a sound design. `paths` and
   * `calibrate` skip it (they report what loading found and their own findings; `rackwire check` reports the rest).
   */
  structure?: boolean;
  /** Run the physical layer (default true). */
  phy?: boolean;
  /** Build the path fabric from the trained link states (default false; needs the physical layer). */
  fabric?: boolean;
  /** Calibration the fabric's `calibrated` profile reads. */
  calibration?: Calibration | null;
}

export interface PreparedDesign {
  file: string;
  loaded: LoadedDesign;
  /** Null when the file did not load. */
  design: Design | null;
  catalog: Catalog;
  /** Every issue found so far (load, structure, physical layer), located in the file. */
  issues: Issue[];
  /** The physical-layer report; null when skipped or when the design has structural errors. */
  phy: PhyReport | null;
  /** Trained state of every link the physical layer could train (empty without it). */
  trained: TrainedMap;
  /** The path fabric; null unless asked for and the physical layer ran. */
  fabric: Fabric | null;
  calibration: Calibration | null;
  /** Places drafts found later (by an analysis of this design) in the design file. */
  locate: (drafts: readonly DraftIssue[]) => Issue[];
}

/** Loads and prepares a design file or `builtin:NAME`; never throws for bad input (it becomes issues). */
export function prepareDesign(spec: string, opts: PrepareOptions = {}): PreparedDesign {
  return prepareLoaded(loadDesign(spec), opts);
}

/** Prepares a design already loaded (a caller that reads more files only once the design has loaded). */
export function prepareLoaded(loaded: LoadedDesign, opts: PrepareOptions = {}): PreparedDesign {
  const issues = [...loaded.issues];
  const calibration = opts.calibration ?? null;
  let phy: PhyReport | null = null;
  if (loaded.design) {
    if (opts.structure !== false)
      issues.push(...loaded.locate(checkStructure(loaded.design, loaded.catalog).issues));
    if (opts.phy !== false && (opts.structure === false || !hasErrors(issues))) {
      phy = analyzePhysical(loaded.design, loaded.catalog);
      issues.push(...loaded.locate(phy.issues));
    }
  }
  const trained = phy ? trainedFromPhy(phy.links) : new Map();
  const fabric =
    opts.fabric && phy && loaded.design
      ? buildFabric(loaded.design, loaded.catalog, { calibration, trained })
      : null;
  return {
    file: loaded.file,
    loaded,
    design: loaded.design,
    catalog: loaded.catalog,
    issues,
    phy,
    trained,
    fabric,
    calibration,
    locate: loaded.locate,
  };
}
