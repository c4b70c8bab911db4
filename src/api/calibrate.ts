/**
 * The library's calibrate entry point: prepare the measured box's design (physical layer, trained links), read
 * its benchmark logs through io, and fit the calibrated profile (src/calibrate: path model and collective model).
 */
import { basename } from 'node:path';
import {
  fitCalibration,
  fitCollectiveCalibration,
  forcedAlgo,
  parseBandwidthTest,
  parseNcclTests,
  parseNvbandwidth,
  parseP2pBandwidthLatencyTest,
  pointsOfRun,
  type MeasuredCase,
  type Measurement,
} from '../calibrate/index.js';
import { readTextFile } from '../io/index.js';
import { InputError, type Calibration, type DraftIssue, type Issue } from '../model/index.js';
import { selectDevices } from '../perf/index.js';
import type { RankSpec } from '../sim/index.js';
import { prepareDesign, type PreparedDesign } from './prepare.js';

export interface CalibrateOptions {
  /** Design ids of the tools' CUDA devices 0, 1, ... (default: the accelerators in design order). */
  deviceOrder?: string[];
  /** Design ids of nccl-tests ranks 0, 1, ... (default: the first N accelerators). */
  rankOrder?: string[];
}

export interface CalibrateRun {
  file: string;
  prepared: PreparedDesign;
  /** Null when the design did not load. */
  calibration: Calibration | null;
  /** What loading found and the fit's findings, located in the design file. */
  issues: Issue[];
}

/** A benchmark log named by the user; a missing one is an InputError (exit 1), not a crash. */
function readLog(file: string): string {
  const r = readTextFile(file);
  if ('text' in r) return r.text;
  const message = r.issue.code === 'file-not-found' ? `${file}: no such file` : r.issue.message;
  const hint = r.issue.code === 'file-not-found' ? 'check the path of the benchmark log' : r.issue.hint;
  throw new InputError(message, r.issue.code, [{ ...r.issue, message, hint }]);
}

/** Rank N of a log is the N-th id of `rankOrder` (a 2-node log with one GPU per node needs one per node). */
function rankSpec(file: string, nRanks: number | null, order: string[] | null): RankSpec {
  if (!order) return nRanks ?? 'all';
  if (nRanks === null) return order; // the log prints no rank lines: the order says who ran
  if (order.length < nRanks)
    throw new InputError(
      `${file}: the log has ${nRanks} ranks but --rank-order lists ${order.length} ids`,
      'calibration-rank-order-short',
      [],
      { path: '--rank-order', file, hint: 'list one design id per rank, in rank order' },
    );
  return order.slice(0, nRanks);
}

/**
 * Every parser that recognises the log: bandwidthTest, p2pBandwidthLatencyTest and nvbandwidth give path
 * measurements; nccl-tests / rccl-tests tables give collective cases (one per run, ranks from the log).
 */
function measurementsOf(file: string, p: PreparedDesign, order: string[] | null) {
  const text = readLog(file);
  const name = basename(file);
  const ms: Measurement[] = [
    ...parseBandwidthTest(text, name),
    ...parseP2pBandwidthLatencyTest(text, name),
    ...parseNvbandwidth(text, name),
  ];
  const cases: MeasuredCase[] = parseNcclTests(text)
    // a run on one rank (nccl-tests -g 1 without MPI) moves no data between devices: nothing to fit
    .filter((r) => r.op !== null && r.rows.length > 0 && r.nRanks !== 1)
    .map((r) => ({
      file: name,
      label: `${name} ${r.op}`,
      design: p.design!,
      catalog: p.catalog,
      trained: p.trained,
      op: r.op!,
      algo: forcedAlgo(text, r.op!) ?? 'auto',
      ranks: rankSpec(file, r.nRanks, order),
      points: pointsOfRun(r),
    }));
  if (ms.length === 0 && cases.length === 0)
    throw new InputError(
      `${file}: no bandwidthTest, p2pBandwidthLatencyTest, nvbandwidth or nccl-tests output found`,
      'calibration-log-unknown',
    );
  return { ms, cases };
}

/** Fits a calibration of `spec` to `logs`; throws InputError for a missing or unrecognised log. */
export function calibrateDesign(spec: string, logs: string[], o: CalibrateOptions = {}): CalibrateRun {
  // the structural check is `rackwire check`'s: calibrate reports what loading found and the fit's findings
  const p = prepareDesign(spec, { structure: false, fabric: true });
  if (!p.design) return { file: p.file, prepared: p, calibration: null, issues: p.issues };
  const devices = o.deviceOrder ?? selectDevices(p.design, ['gpu']);
  const found = logs.map((f) => measurementsOf(f, p, o.rankOrder ?? null));
  const ms = found.flatMap((x) => x.ms);
  const cases = found.flatMap((x) => x.cases);
  const paths = ms.length > 0 ? fitCalibration(p.fabric!, devices, ms) : null;
  const coll = cases.length > 0 ? fitCollectiveCalibration(cases) : null;
  const calibration: Calibration = {
    ...(paths?.calibration ?? { calibrationVersion: 1 as const }),
    params: { ...paths?.calibration.params, ...coll?.calibration.params },
  };
  const drafts: DraftIssue[] = [...(paths?.issues ?? []), ...(coll?.issues ?? [])];
  return { file: p.file, prepared: p, calibration, issues: [...p.loaded.issues, ...p.locate(drafts)] };
}
