/**
 * Measured collective cases for fitting and validation: a design, the collective as it was run, and the
 * measured points (size, busbw, time) from an nccl-tests / rccl-tests log or a transcribed summary table.
 */
import type { Catalog } from '../catalog/index.js';
import type { Design } from '../model/index.js';
import type * as perf from '../perf/index.js';
import type { NcclTestsRun } from './logs/nccl-tests.js';
import type { RankSpec } from '../sim/ranks.js';
import { OP_ALGORITHMS } from '../sim/traffic/build.js';
import type { Algorithm, CollectiveOp } from '../sim/traffic/schedule.js';

export interface MeasuredPoint {
  /** nccl-tests size column, bytes. */
  sizeBytes: number;
  /** Bus bandwidth recomputed from the measured time (or as transcribed), GB/s. */
  busbwGBps: number;
}

export interface MeasuredCase {
  /** Basename of the measurement file (leave-one-file-out groups by it). */
  file: string;
  /** Short label for tables (`H200 8 GPU ring`). */
  label: string;
  design: Design;
  catalog: Catalog;
  trained?: perf.TrainedMap;
  op: CollectiveOp;
  algo: Algorithm | 'auto';
  ranks: RankSpec;
  points: MeasuredPoint[];
}

/** Points of one parsed nccl-tests run: out-of-place busbw recomputed from the measured time. */
export const pointsOfRun = (run: NcclTestsRun): MeasuredPoint[] =>
  run.rows
    .filter((r) => r.sizeBytes > 0)
    .map((r) => ({ sizeBytes: r.sizeBytes, busbwGBps: r.outOfPlace.busbwRecomputedGBps }));

/** The largest measured size of a case (its bandwidth-bound end). */
export const largestPoint = (c: MeasuredCase): MeasuredPoint =>
  c.points.reduce((a, b) => (b.sizeBytes > a.sizeBytes ? b : a));

/** Sizes the small-message bound covers: 1 MiB to 64 MiB inclusive. */
export const MID_RANGE_BYTES = { min: 2 ** 20, max: 2 ** 26 } as const;

/**
 * The algorithm a log forced (`NCCL_ALGO set by environment to RING` in NCCL INFO output), else null; with `op`,
 * null too when that op has no such algorithm (NCCL_ALGO does not apply to sendrecv or all_to_all).
 */
export function forcedAlgo(logText: string, op?: CollectiveOp): Algorithm | null {
  const m = /NCCL_ALGO set by environment to (\w+)/i.exec(logText);
  const name = m?.[1]?.toLowerCase();
  const algo = name === 'ring' || name === 'tree' || name === 'nvls' ? name : null;
  return algo !== null && op !== undefined && !OP_ALGORITHMS[op].includes(algo) ? null : algo;
}
