/**
 * Fits a calibration from measurements on a design: each parameter is the median over its samples of
 * measured / raw prediction (bandwidth) or measured − hardware latency (software time). Never one constant per
 * file: every parameter pools all files that measure it, and records them.
 */
import type { DraftIssue } from '../model/index.js';
import type { Calibration, CalibrationParam } from '../perf/calibration.js';
import { efficiencyKey } from '../perf/calibration.js';
import type { Fabric } from '../perf/fabric.js';
import { hostBandwidth } from '../perf/host.js';
import { deviceInfos } from '../perf/matrices.js';
import { analyzePair } from '../perf/pair.js';
import type { Measurement } from './measurement.js';
import { median } from './stats.js';

/** One measurement beside the raw model's prediction for it. */
export interface FitSample {
  key: string;
  measurement: Measurement;
  src: string;
  dst: string | null;
  /** Raw prediction (GB/s) or hardware latency (µs). */
  model: number;
  /** The fitted quantity this sample contributes: a ratio or µs. */
  contribution: number;
}

export interface FitResult {
  calibration: Calibration;
  samples: FitSample[];
  issues: DraftIssue[];
}

/** Raw-model samples for `measurements`; `devices` maps tool device ordinals to design ids. */
export function fitSamples(
  f: Fabric,
  devices: readonly string[],
  measurements: readonly Measurement[],
): FitSample[] {
  const out: FitSample[] = [];
  const issues: DraftIssue[] = [];
  const infos = deviceInfos(f, devices, issues);
  const uni = new Map<string, number>();
  for (const m of measurements)
    if (m.kind === 'p2p-uni') uni.set(`${m.srcIndex},${m.dstIndex},${m.p2p}`, m.value);
  for (const m of measurements) {
    const a = infos[m.srcIndex];
    if (!a) continue;
    if (m.kind === 'h2d' || m.kind === 'd2h') {
      const row = hostBandwidth(f, [a.id], 'raw').rows[0];
      const bn = f.directedLinks.find((d) => d.linkId === row?.bottleneck);
      if (!row || row[m.kind === 'h2d' ? 'h2dGBps' : 'd2hGBps'] === null) continue;
      const model = row[m.kind === 'h2d' ? 'h2dGBps' : 'd2hGBps']!;
      out.push({
        key: efficiencyKey(bn?.protocol ?? 'pcie', m.kind),
        measurement: m,
        src: a.id,
        dst: null,
        model,
        contribution: m.value / model,
      });
      continue;
    }
    const b = m.dstIndex === null ? undefined : infos[m.dstIndex];
    if (!b) continue;
    const r = analyzePair(f, f.tree(a.node), a, b, { force: m.p2p ? 'enabled' : 'disabled' });
    const mode = r.staged ? 'staged' : 'p2p';
    if (m.kind === 'latency') {
      const model = r.hwLatencyNs / 1000;
      out.push({
        key: `appLatencyUs.${mode}`,
        measurement: m,
        src: a.id,
        dst: b.id,
        model,
        contribution: m.value - model,
      });
    } else if (m.kind === 'p2p-uni') {
      const protocol = r.bottleneck >= 0 ? f.directedLinks[r.bottleneck]!.protocol : 'pcie';
      const key = r.staged ? 'efficiency.staged' : efficiencyKey(protocol, 'p2p');
      out.push({
        key,
        measurement: m,
        src: a.id,
        dst: b.id,
        model: r.bw[0],
        contribution: m.value / r.bw[0],
      });
    } else {
      const u = uni.get(`${m.srcIndex},${m.dstIndex},${m.p2p}`);
      if (u !== undefined)
        out.push({
          key: `bidirRatio.${mode}`,
          measurement: m,
          src: a.id,
          dst: b.id,
          model: u,
          // Where a shared link bounds the copy (bidirLinkRatio < 2) the sample says nothing about the host
          // side's ratio, so it does not enter the fit (staged.ts); it is still predicted and compared.
          contribution: r.bidirLinkRatio >= 2 ? m.value / u : NaN,
        });
    }
  }
  return out;
}

/** Pools samples into a calibration (median per parameter, with the files each came from). */
export function calibrationFromSamples(samples: readonly FitSample[], design?: string): Calibration {
  const byKey = new Map<string, FitSample[]>();
  for (const s of samples)
    if (Number.isFinite(s.contribution)) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  const params: Record<string, CalibrationParam> = {};
  for (const [key, list] of [...byKey.entries()].sort()) {
    params[key] = {
      value: Number(median(list.map((s) => s.contribution))!.toFixed(4)),
      unit: key.startsWith('appLatencyUs') ? 'us' : 'ratio',
      fittedFrom: [...new Set(list.map((s) => s.measurement.sourceFile))].sort(),
      samples: list.length,
    };
  }
  return { calibrationVersion: 1, ...(design ? { design } : {}), params };
}

/** One call: samples on the measured design's path fabric (as api/prepareDesign builds it), then the calibration. */
export function fitCalibration(
  f: Fabric,
  devices: readonly string[],
  measurements: readonly Measurement[],
): FitResult {
  const samples = fitSamples(f, devices, measurements);
  const issues: DraftIssue[] = [...f.issues];
  const bounded = samples.filter((s) => s.key.startsWith('bidirRatio.') && Number.isNaN(s.contribution));
  if (bounded.length > 0)
    issues.push({
      severity: 'info',
      code: 'calibration-sample-link-bound',
      message: `${bounded.length} bidirectional sample(s) not fitted: a link both copies share bounds them (${bounded[0]!.src} <-> ${bounded[0]!.dst}), so they do not measure the host side`,
    });
  if (samples.length === 0)
    issues.push({
      severity: 'warning',
      code: 'calibration-empty',
      message: 'no measurement matched a device pair of the design',
    });
  return { calibration: calibrationFromSamples(samples, f.ix.design.name), samples, issues };
}
