/**
 * Fits the collective model to measured cases: (1) link efficiency per link class and generation (host-staged
 * classes also per generation-free family) = median of
 * measured / raw-predicted busbw at each case's largest size, over the cases that class bounds, plus a per-tier
 * median as the fallback for classes no case measured; (2) NVLS efficiency = median of measured / predicted
 * with the fitted links; (3) software latency per step and tier = median of (measured - predicted time) / the
 * prediction's latency-paying steps over 1-64 MiB.
 * One parameter set serves every case: nothing is fitted per test case.
 */
import type { DraftIssue } from '../model/index.js';
import type * as perf from '../perf/index.js';
import type { LinkTier } from '../sim/fabric.js';
import { classEfficiencyKey, classFamily, tierEfficiencyKey } from '../perf/calibration.js';
import { latencyKey, NVLS_EFFICIENCY_KEY } from '../sim/design/params.js';
import { largestPoint, MID_RANGE_BYTES, type MeasuredCase } from './cases.js';
import { predictCase } from './predict-collective.js';
import { median } from './stats.js';

export interface CollectiveFit {
  calibration: perf.Calibration;
  issues: DraftIssue[];
}

interface Sample {
  value: number;
  file: string;
}

/** Four significant digits: the fit is not more precise than the measurements. */
const round4 = (v: number): number => Number(v.toPrecision(4));

function param(samples: Sample[], unit: 'ratio' | 'us', note: string): perf.CalibrationParam {
  return {
    value: round4(median(samples.map((s) => s.value))!),
    unit,
    fittedFrom: [...new Set(samples.map((s) => s.file))].sort(),
    samples: samples.length,
    note,
  };
}

const push = <K>(m: Map<K, Sample[]>, k: K, s: Sample): void => void m.set(k, [...(m.get(k) ?? []), s]);

function calibrationOf(params: Record<string, perf.CalibrationParam>): perf.Calibration {
  return { calibrationVersion: 1, params };
}

/**
 * Fits collective parameters in three passes: link efficiencies (by class, family and tier) from the non-NVLS
 * cases, NVLS efficiency with those links calibrated, then per-tier latency from the mid-range sizes.
 */
export function fitCollectiveCalibration(cases: MeasuredCase[]): CollectiveFit {
  const issues: DraftIssue[] = [];
  const params: Record<string, perf.CalibrationParam> = linkEfficiencies(
    cases.filter((x) => x.algo !== 'nvls'),
  );
  const nvls = nvlsSamples(
    cases.filter((c) => c.algo === 'nvls'),
    params,
  );
  if (nvls.length > 0)
    params[NVLS_EFFICIENCY_KEY] = param(nvls, 'ratio', 'measured / predicted NVLS busbw, links calibrated');
  for (const [tier, ss] of latencySamples(cases, calibrationOf({ ...params }))) {
    const p = param(
      ss,
      'us',
      `median (measured - predicted time) / latency steps, 1-64 MiB, ${tier} collectives`,
    );
    if (p.value < 0) {
      issues.push({
        severity: 'info',
        code: 'calibration-latency-negative',
        message: `${tier} collectives ran faster than predicted at 1-64 MiB (median ${p.value} us); no latency added`,
      });
      p.value = 0;
    }
    params[latencyKey(tier)] = p;
  }
  if (Object.keys(params).length === 0) {
    issues.push({
      severity: 'warning',
      code: 'calibration-nothing-fitted',
      message: 'no measured case could be fitted (no bottleneck link found)',
    });
  }
  return { calibration: calibrationOf(params), issues };
}

/** Measured / raw busbw at each case's largest size, keyed by the class (and family, and tier) that bounds it. */
function linkEfficiencies(cases: MeasuredCase[]): Record<string, perf.CalibrationParam> {
  const params: Record<string, perf.CalibrationParam> = {};
  const byClass = new Map<string, Sample[]>();
  const byTier = new Map<LinkTier, Sample[]>();
  for (const c of cases) {
    const p = largestPoint(c);
    const pred = predictCase(c, 'raw', null, [p.sizeBytes]);
    const row = pred.points[0]!;
    const info = pred.result.linkInfo.get(row.bottleneckLinks[0] ?? '');
    if (!info || row.algo.startsWith('nvls')) continue;
    const s = { value: p.busbwGBps / row.predictedGBps, file: c.file };
    push(byClass, info.linkClass, s);
    const family = classFamily(info.linkClass);
    if (family !== null) push(byClass, family, s);
    push(byTier, info.tier, s);
  }
  for (const [cls, ss] of byClass)
    params[classEfficiencyKey(cls)] = param(ss, 'ratio', `measured / raw busbw where ${cls} bounds`);
  for (const [tier, ss] of byTier)
    params[tierEfficiencyKey(tier)] = param(ss, 'ratio', `median over ${tier} classes (fallback)`);
  return params;
}

/** Measured / predicted NVLS busbw at each NVLS case's largest size, with the links already calibrated. */
function nvlsSamples(cases: MeasuredCase[], links: Record<string, perf.CalibrationParam>): Sample[] {
  const withUnitNvls = calibrationOf({
    ...links,
    [NVLS_EFFICIENCY_KEY]: { value: 1, unit: 'ratio', fittedFrom: ['(none)'], samples: 1 },
  });
  return cases.map((c) => {
    const p = largestPoint(c);
    const row = predictCase(c, 'calibrated', withUnitNvls, [p.sizeBytes]).points[0]!;
    return { value: p.busbwGBps / row.predictedGBps, file: c.file };
  });
}

/** (Measured - predicted time) per latency step at the mid-range sizes, by the tier that sets each case's latency. */
function latencySamples(cases: MeasuredCase[], linksOnly: perf.Calibration): Map<LinkTier, Sample[]> {
  const latency = new Map<LinkTier, Sample[]>();
  for (const c of cases) {
    const mid = c.points.filter(
      (p) => p.sizeBytes >= MID_RANGE_BYTES.min && p.sizeBytes <= MID_RANGE_BYTES.max,
    );
    if (mid.length === 0) continue;
    const pred = predictCase(
      c,
      'calibrated',
      linksOnly,
      mid.map((p) => p.sizeBytes),
    );
    for (const [i, q] of pred.points.entries()) {
      // same size and ranks: time scales as 1 / busbw, so the measured time follows from the predicted one
      const measuredUs = (q.timeUs * q.predictedGBps) / q.measuredGBps;
      const steps = pred.result.results[i]!.latencySteps; // results line up with the points
      if (steps > 0)
        push(latency, pred.result.latencyTier, { value: (measuredUs - q.timeUs) / steps, file: c.file });
    }
  }
  return latency;
}
