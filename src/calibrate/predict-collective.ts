/** Predict a measured case with a profile (and calibration), point by point, with the relative error. */
import type * as perf from '../perf/index.js';
import { runDesignCollective, type DesignCollectiveResult } from '../sim/design/run.js';
import type { MeasuredCase } from './cases.js';

export interface PredictedPoint {
  sizeBytes: number;
  measuredGBps: number;
  predictedGBps: number;
  /** (predicted - measured) / measured. */
  error: number;
  algo: string;
  bottleneckLinks: string[];
  timeUs: number;
}

export interface CasePrediction {
  points: PredictedPoint[];
  result: DesignCollectiveResult;
}

export function predictCase(
  c: MeasuredCase,
  profile: perf.Profile,
  calibration: perf.Calibration | null,
  sizes?: number[],
): CasePrediction {
  const wanted = c.points.filter((p) => !sizes || sizes.includes(p.sizeBytes));
  const result = runDesignCollective(c.design, c.catalog, {
    op: c.op,
    algo: c.algo,
    ranks: c.ranks,
    sizes: wanted.map((p) => p.sizeBytes),
    profile,
    calibration,
    trained: c.trained,
  });
  const points = wanted.map((p, i) => {
    const row = result.results[i]!;
    return {
      sizeBytes: p.sizeBytes,
      measuredGBps: p.busbwGBps,
      predictedGBps: row.busbwGBps,
      error: (row.busbwGBps - p.busbwGBps) / p.busbwGBps,
      algo: `${row.algo}/${row.protocol}`,
      bottleneckLinks: row.bottleneckLinks,
      timeUs: row.timeUs,
    };
  });
  return { points, result };
}
