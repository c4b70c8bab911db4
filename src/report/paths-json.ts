/** JSON shapes of `rackwire paths`: matrices with null diagonals, host bandwidth, explanations. */
import type { PathMatrices } from '../perf/index.js';

const nullDiagonal = <T>(m: (T | null)[][]): (T | null)[][] =>
  m.map((r, i) => r.map((v, j) => (i === j ? null : v)));

export function matricesJson(m: PathMatrices): Record<string, unknown> {
  return {
    devices: m.devices,
    profile: m.profile,
    class: nullDiagonal(m.class),
    p2p: nullDiagonal(m.p2p),
    p2pReason: nullDiagonal(m.p2pReason),
    bwGBps: m.bwGBps,
    bidirGBps: m.bidirGBps,
    hwLatencyNs: m.hwLatencyNs,
    appLatencyUs: m.appLatencyUs,
    bottleneck: m.bottleneck,
  };
}
