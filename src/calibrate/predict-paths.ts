/** The model's prediction for a measurement, in one profile: what leave-one-out validation compares. */
import type { Fabric } from '../perf/fabric.js';
import { hostBandwidth } from '../perf/host.js';
import { deviceInfos } from '../perf/matrices.js';
import { analyzePair } from '../perf/pair.js';
import { PROFILES, type Profile } from '../perf/profile.js';
import type { Measurement } from './measurement.js';

/** Predicted value (GB/s or µs) of `m` on `f`; null where the profile has no figure (nccl has no app latency). */
export function predictMeasurement(
  f: Fabric,
  devices: readonly string[],
  m: Measurement,
  profile: Profile,
): number | null {
  const infos = deviceInfos(f, devices, []);
  const a = infos[m.srcIndex];
  if (!a) return null;
  if (m.kind === 'h2d' || m.kind === 'd2h') {
    const row = hostBandwidth(f, [a.id], profile).rows[0];
    return row ? row[m.kind === 'h2d' ? 'h2dGBps' : 'd2hGBps'] : null;
  }
  const b = m.dstIndex === null ? undefined : infos[m.dstIndex];
  if (!b) return null;
  const r = analyzePair(f, f.tree(a.node), a, b, { force: m.p2p ? 'enabled' : 'disabled' });
  const k = PROFILES.indexOf(profile);
  const v =
    m.kind === 'latency'
      ? profile === 'calibrated'
        ? r.appLatencyUs
        : NaN
      : m.kind === 'p2p-uni'
        ? r.bw[k]!
        : r.bidir[k]!;
  return Number.isFinite(v) ? v : null;
}
