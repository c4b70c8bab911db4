/** The path from a device up its PCIe tree to its CPU socket: what `bandwidthTest` and staged copies use. */
import type { Fabric } from './fabric.js';
import type { PcieChain } from './pcie-chain.js';
import { pick, PROFILES } from './profile.js';

export interface HostPath {
  /** Fabric node of the CPU socket. */
  cpuNode: number;
  /** Directed links device → CPU. */
  up: number[];
  /** Bottleneck per profile (raw, nccl, calibrated), GB/s. */
  bw: [number, number, number];
  /** Directed link that is the bottleneck (raw profile). */
  bottleneck: number;
  latencyNs: number;
}

/** Follows `chain` from `deviceId` to its root complex over the fabric's PCIe links; null when it has no root. */
export function hostPath(f: Fabric, deviceId: string, chain: PcieChain | undefined): HostPath | null {
  if (!chain?.socket) return null;
  const start = f.nodeOf(deviceId);
  if (start === undefined) return null;
  const up: number[] = [];
  let latencyNs = 0;
  let cur = start;
  for (const ref of chain.via) {
    const next = f.nodeOfPort(ref);
    const l = f.out[cur]!.find((i) => f.directedLinks[i]!.to === next && f.directedLinks[i]!.tier === 2);
    if (l === undefined || next === undefined) return null;
    if (cur !== start) latencyNs += f.nodes[cur]!.latency?.latencyNs ?? 0;
    latencyNs += f.directedLinks[l]!.latencyNs;
    up.push(l);
    cur = next;
  }
  const bw: [number, number, number] = [Infinity, Infinity, Infinity];
  let bottleneck = up[0] ?? -1;
  for (const l of up) {
    const d = f.directedLinks[l]!;
    PROFILES.forEach((p, k) => {
      const c = pick(d.capacityGBps, p) ?? NaN;
      if (k === 0 && c < bw[0]) bottleneck = l;
      bw[k] = Math.min(bw[k]!, c);
    });
  }
  return { cpuNode: cur, up, bw, bottleneck, latencyNs };
}
