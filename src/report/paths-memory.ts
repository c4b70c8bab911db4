/** Memory tiers per CPU socket: capacity, this socket's share, bandwidth and load-to-use latency. */
import type { MemoryTiers } from '../perf/index.js';
import { fmt, table } from './paths-labels.js';

export function renderMemoryTiers(m: MemoryTiers): string {
  return m.sockets
    .map((s) => {
      const rows = s.tiers.map((t) => [
        t.tier,
        t.component,
        fmt(t.capacityGB, 0),
        fmt(t.shareGB, 0),
        fmt(t.bwGBps, 1),
        fmt(t.latencyNs, 0),
      ]);
      return `${s.cpu}\n${table([['tier', 'device', 'capacity GB', 'share GB', 'bandwidth GB/s', 'latency ns'], ...rows])}`;
    })
    .join('\n\n');
}
