/**
 * Leave-one-file-out validation of the collective model against ../../shared/calibration: for each
 * measurement file, fit on all the others, predict that file's cases; beside it the uncalibrated `nccl` profile.
 */
import {
  fitCollectiveCalibration,
  largestPoint,
  MID_RANGE_BYTES,
  predictCase,
  type MeasuredCase,
  type PredictedPoint,
} from '../../src/calibrate/index.js';
import { ISSUE_FILES } from './cases.js';

export interface ValidationRow {
  label: string;
  file: string;
  sizeBytes: number;
  measuredGBps: number;
  predictedGBps: number;
  error: number;
  ncclGBps: number;
  ncclError: number;
  algo: string;
  /** Median |error| over 1-64 MiB (null when the file has no such sizes), calibrated and nccl. */
  midMedianError: number | null;
  midMedianNcclError: number | null;
  /** |error| of every 1-64 MiB point, calibrated (for the pooled median over cases). */
  midErrors: number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const midErrors = (ps: PredictedPoint[]): number[] =>
  ps
    .filter((p) => p.sizeBytes >= MID_RANGE_BYTES.min && p.sizeBytes <= MID_RANGE_BYTES.max)
    .map((p) => Math.abs(p.error));

const midMedian = (ps: PredictedPoint[]): number | null => {
  const e = midErrors(ps);
  return e.length ? median(e) : null;
};

export { median };

export function leaveOneFileOut(all: MeasuredCase[], shown: (c: MeasuredCase) => boolean): ValidationRow[] {
  const rows: ValidationRow[] = [];
  for (const file of [...new Set(all.map((c) => c.file))]) {
    const fit = fitCollectiveCalibration(all.filter((c) => c.file !== file));
    for (const c of all.filter((x) => x.file === file && shown(x))) {
      const big = largestPoint(c).sizeBytes;
      const cal = predictCase(c, 'calibrated', fit.calibration).points;
      const nccl = predictCase(c, 'nccl', null).points;
      const b = cal.find((p) => p.sizeBytes === big)!;
      const n = nccl.find((p) => p.sizeBytes === big)!;
      rows.push({
        label: c.label,
        file,
        sizeBytes: big,
        measuredGBps: b.measuredGBps,
        predictedGBps: b.predictedGBps,
        error: b.error,
        ncclGBps: n.predictedGBps,
        ncclError: n.error,
        algo: b.algo,
        midMedianError: midMedian(cal),
        midMedianNcclError: midMedian(nccl),
        midErrors: midErrors(cal),
      });
    }
  }
  return rows;
}

/** The cases the issue names: 8-GPU H200/B200 ring and NVLS at 8 GiB, and every log of ../../shared/calibration. */
export const validatedCase = (c: MeasuredCase): boolean =>
  !ISSUE_FILES.has(c.file)
    ? false
    : !c.label.startsWith('H200') && !c.label.startsWith('B200')
      ? true
      : / 8 GPU all_reduce (ring|nvls) 8G$/.test(c.label);

/** The supporting measurements (not in ../../shared/calibration), shown in their own table. */
export const supportingCase = (c: MeasuredCase): boolean => !ISSUE_FILES.has(c.file);
