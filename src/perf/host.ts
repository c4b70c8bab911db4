/** Host↔device bandwidth per device, like CUDA's `bandwidthTest`, from the CPU socket the device hangs off. */
import type { DraftIssue } from '../model/index.js';
import { calParam, efficiencyKey } from './calibration.js';
import type { Fabric } from './fabric.js';
import { deviceInfos } from './matrices.js';
import type { Profile } from './profile.js';

export interface HostBandwidthRow {
  device: string;
  /** CPU socket the device hangs off; null when it reaches none. */
  cpu: string | null;
  h2dGBps: number | null;
  d2hGBps: number | null;
  hwLatencyNs: number | null;
  /** Design link id of the narrowest link on the way (raw). */
  bottleneck: string | null;
}

export interface HostBandwidth {
  profile: Profile;
  rows: HostBandwidthRow[];
  issues: DraftIssue[];
}

export function hostBandwidth(f: Fabric, deviceIds: readonly string[], profile: Profile): HostBandwidth {
  const issues: DraftIssue[] = [...f.issues];
  const rows = deviceInfos(f, deviceIds, issues).map((d): HostBandwidthRow => {
    const h = d.host;
    if (!h) {
      issues.push({
        severity: 'warning',
        code: 'perf-no-host-path',
        message: `${d.id} reaches no CPU root port`,
      });
      return { device: d.id, cpu: null, h2dGBps: null, d2hGBps: null, hwLatencyNs: null, bottleneck: null };
    }
    const b = f.directedLinks[h.bottleneck];
    const protocol = b?.protocol ?? 'pcie';
    const dir = (mode: 'h2d' | 'd2h'): number | null => {
      const eff = calParam(f.calibration, efficiencyKey(protocol, mode));
      const v = profile === 'calibrated' && eff !== null ? h.bw[0] * eff : h.bw[profile === 'raw' ? 0 : 1];
      return Number.isFinite(v) ? v : null;
    };
    return {
      device: d.id,
      cpu: f.nodes[h.cpuNode]!.id,
      h2dGBps: dir('h2d'),
      d2hGBps: dir('d2h'),
      hwLatencyNs: h.latencyNs,
      bottleneck: b?.linkId ?? null,
    };
  });
  return { profile, rows, issues };
}
