/** `bandwidthTest`-style host↔device table per device, labelled by profile. */
import type { HostBandwidth } from '../perf/index.js';
import { fmt, table } from './paths-labels.js';

export function renderHostBandwidth(h: HostBandwidth): string {
  const rows = h.rows.map((r) => [
    r.device,
    r.cpu ?? 'N/A',
    fmt(r.h2dGBps),
    fmt(r.d2hGBps),
    fmt(r.hwLatencyNs, 0),
    r.bottleneck ?? 'N/A',
  ]);
  return `Host <-> device bandwidth (GB/s, pinned), profile ${h.profile}\n${table([['device', 'cpu', 'H2D', 'D2H', 'latency ns', 'bottleneck link'], ...rows])}`;
}
