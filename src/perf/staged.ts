/**
 * Copies staged through host memory (P2P disabled on one host), as p2pBandwidthLatencyTest runs them: the source
 * writes up to the destination's CPU socket, the socket writes down to the destination.
 *
 * Bidirectional: both copies go up to the same socket at once, so a directed link on both devices' way up (a
 * switch uplink above two GPUs) carries both copies' upward halves, and its reverse both downward halves. Each
 * copy then gets at most half of that link, which bounds the bidirectional figure by the structure alone. Where
 * no link is shared the bound is the host side, which the calibration's `bidirRatio.staged` measures; it is fitted
 * only from pairs without a shared link (calibrate/fit.ts), where the structure does not hide it.
 */
import { calParam } from './calibration.js';
import { pathTo, type Fabric } from './fabric.js';
import type { DeviceInfo, PairResult } from './pair-types.js';
import { pick, PROFILES } from './profile.js';
import type { RouteTree } from './route-tree.js';

/** Bidirectional over unidirectional when nothing but the links limits a copy (two full-duplex flows). */
const FULL_DUPLEX_RATIO = 2;

/** Per profile (raw, nccl, calibrated) the smallest capacity of a directed link both copies take upward; Infinity if none. */
function sharedUpCapacity(
  f: Fabric,
  upA: readonly number[],
  upB: readonly number[],
): [number, number, number] {
  const inB = new Set(upB);
  const cap: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const l of upA) {
    if (!inB.has(l)) continue;
    PROFILES.forEach(
      (p, k) => (cap[k] = Math.min(cap[k]!, pick(f.directedLinks[l]!.capacityGBps, p) ?? NaN)),
    );
  }
  return cap;
}

/** Fills `out` for a staged copy a → b; `t` is a's route tree. */
export function stagedCopy(f: Fabric, t: RouteTree, a: DeviceInfo, b: DeviceInfo, out: PairResult): void {
  const cal = f.calibration;
  if (!b.host) {
    out.bw = [NaN, NaN, NaN];
    return;
  }
  const cpu = b.host.cpuNode;
  const raw = Math.min(t.bw[0][cpu]!, b.host.bw[0]);
  const eff = calParam(cal, 'efficiency.staged');
  out.bw = [raw, Math.min(t.bw[1][cpu]!, b.host.bw[1]), eff === null ? NaN : raw * eff];
  if (eff === null) out.bw[2] = out.bw[1];
  out.bottleneck = t.bw[0][cpu]! <= b.host.bw[0] ? t.bottleneck[0][cpu]! : b.host.bottleneck;
  out.hwLatencyNs = t.latencyNs[cpu]! + (f.nodes[cpu]!.latency?.latencyNs ?? 0) + b.host.latencyNs;
  const shared = sharedUpCapacity(f, pathTo(t, cpu), b.host.up);
  // Each copy gets half of a shared link: bidirectional ≤ 2 × (shared / 2) = shared.
  out.bidirLinkRatio = Math.min(FULL_DUPLEX_RATIO, shared[0] / raw);
  const hostRatio = calParam(cal, 'bidirRatio.staged') ?? FULL_DUPLEX_RATIO;
  out.bidir = [
    Math.min(FULL_DUPLEX_RATIO * out.bw[0], shared[0]),
    Math.min(FULL_DUPLEX_RATIO * out.bw[1], shared[1]),
    out.bw[2] * Math.min(out.bidirLinkRatio, hostRatio),
  ];
}
