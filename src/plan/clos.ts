/**
 * Closed forms of a folded Clos (issue #7): switch radix k, leaf downlink:uplink ratio d:u.
 * Two tiers: downlinks per leaf D = floor(k·d/(d+u)), uplinks U = floor(k·u/(d+u)); leaves = rails ×
 * ceil(nodes / D) rail-optimised (ceil(nodes·rails / D) fat-tree); spines = ceil(leaves·U / k).
 * A third tier when the endpoints exceed k·D (k²/2 at 1:1) or the leaves exceed k: pods of k/2 leaves, each
 * pod with U spines of k/2 down and k/2 up ports; super-spines = ceil(spines·(k/2) / k).
 */
import type { ClosSizes, Topology } from './types.js';

export interface ClosInput {
  radix: number;
  down: number;
  up: number;
  nodes: number;
  rails: number;
  topology: Topology;
}

/** Leaves needed: one set of leaves per rail (rail-optimised), or all NIC ports pooled (fat-tree). */
export function leafCount(
  topology: Topology,
  nodes: number,
  rails: number,
  downlinksPerLeaf: number,
): number {
  return topology === 'rail-optimized'
    ? rails * Math.ceil(nodes / downlinksPerLeaf)
    : Math.ceil((nodes * rails) / downlinksPerLeaf);
}

/** Tier sizes; null when even three tiers cannot hold the leaves (more than k pods: k³/4 endpoints at 1:1). */
export function closSizes(x: ClosInput): ClosSizes | null {
  const k = x.radix;
  const D = Math.floor((k * x.down) / (x.down + x.up));
  const U = Math.floor((k * x.up) / (x.down + x.up));
  if (D < 1 || U < 1) return null;
  const leaves = leafCount(x.topology, x.nodes, x.rails, D);
  const endpoints = x.nodes * x.rails;
  const base = { radix: k, downlinksPerLeaf: D, uplinksPerLeaf: U, leaves };
  if (leaves === 1 && endpoints <= D)
    // One leaf holds every endpoint: no spine tier is needed.
    return { ...base, spines: 0, superSpines: 0, tiers: 2, leavesPerPod: 0, pods: 0, spineUplinks: 0 };
  if (endpoints <= k * D && leaves <= k)
    return {
      ...base,
      spines: Math.ceil((leaves * U) / k),
      superSpines: 0,
      tiers: 2,
      leavesPerPod: 0,
      pods: 0,
      spineUplinks: 0,
    };
  const leavesPerPod = Math.floor(k / 2);
  const spineUplinks = k - leavesPerPod;
  const pods = Math.ceil(leaves / leavesPerPod);
  if (pods > k) return null;
  const spines = pods * U;
  return {
    ...base,
    spines,
    superSpines: Math.ceil((spines * spineUplinks) / k),
    tiers: 3,
    leavesPerPod,
    pods,
    spineUplinks,
  };
}

/** Parses `d:u` (e.g. `1:1`, `3:1`); null when malformed. */
export function parseRatio(text: string): { down: number; up: number } | null {
  const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const down = Number(m[1]);
  const up = Number(m[2]);
  return down > 0 && up > 0 ? { down, up } : null;
}
