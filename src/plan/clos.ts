/**
 * A right-sized folded Clos (issue #16): switch radix k, leaf downlink:uplink ratio d:u.
 * - One tier when the endpoints fit: the whole cluster on one switch (any topology), or, rail-optimised, each
 *   rail on one switch (nodes ≤ k; traffic between rails crosses inside the node, as on NVIDIA's rail-only
 *   designs).
 * - Otherwise leaves of at most D = floor(k·d/(d+u)) downlinks, filled in node order; each leaf's uplinks come
 *   from its populated downlinks: u_l = ceil(pd_l·u/d), never more than U = floor(k·u/(d+u)).
 * - Two tiers: spines S = ceil(Σ u_l / k), raised until every leaf reaches every spine (a leaf with fewer
 *   uplinks than S gets S of them, so any two leaves share a spine) and S ≤ U, and further to a divisor of a full
 *   leaf's uplinks where one fits (equal links per leaf-spine pair).
 * - Three tiers when two cannot hold the leaves: pods of floor(k/2) leaves, each pod with as many spines as its
 *   leaves' most uplinks; a spine has one uplink per populated downlink (1:1 above the leaves);
 *   super-spines = ceil(Σ spine uplinks / k). More than k pods: null.
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

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const spare = (k: number, used: number[]) => sum(used.map((u) => k - u));

/** Populated downlinks of each leaf: leaves filled in node order (rail-optimised: per rail). */
function populated(x: ClosInput, D: number, pooled: boolean): number[] {
  if (pooled) {
    const e = x.nodes * x.rails;
    return Array.from({ length: Math.ceil(e / D) }, (_, l) => Math.min(D, e - l * D));
  }
  const groups = Math.ceil(x.nodes / D);
  return Array.from({ length: groups * x.rails }, (_, l) =>
    Math.min(D, x.nodes - Math.floor(l / x.rails) * D),
  );
}

function oneTier(x: ClosInput, pooled: boolean): ClosSizes {
  const k = x.radix;
  const down = populated(x, k, pooled);
  return {
    radix: k,
    tiers: 1,
    pooled,
    downlinksPerLeaf: k,
    uplinksPerLeaf: 0,
    leaves: down.length,
    leafDownlinks: down,
    leafUplinks: down.map(() => 0),
    spines: 0,
    leavesPerPod: 0,
    pods: 0,
    podFirstSpine: [],
    spineUplinks: [],
    superSpines: 0,
    spareLeafPorts: spare(k, down),
    spareSpinePorts: 0,
    spareSuperSpinePorts: 0,
  };
}

/**
 * Smallest spine count whose ports hold every leaf's uplinks when each leaf reaches every spine; among those,
 * preferably one that divides a full leaf's uplinks, so that every leaf-spine pair has the same number of links
 * (NVIDIA's DGX SuperPOD tables do this: 72 uplinks on Quantum-X800 → 18 or 36 spines, not 16 or 32).
 */
function spineCount(k: number, uplinks: number[], U: number): number | null {
  const full = Math.max(...uplinks);
  const fits = (s: number) => sum(uplinks.map((u) => Math.max(u, s))) <= s * k;
  let first: number | null = null;
  for (let s = Math.max(1, Math.ceil(sum(uplinks) / k)); s <= U; s++) {
    if (!fits(s)) continue;
    if (full % s === 0) return s;
    first ??= s;
  }
  return first;
}

/** Tier sizes; null when even three tiers cannot hold the leaves (more than k pods: k³/4 endpoints at 1:1). */
export function closSizes(x: ClosInput): ClosSizes | null {
  const k = x.radix;
  const endpoints = x.nodes * x.rails;
  if (endpoints <= k) return oneTier(x, true);
  const pooled = x.topology !== 'rail-optimized';
  if (!pooled && x.nodes <= k) return oneTier(x, false);
  const D = Math.floor((k * x.down) / (x.down + x.up));
  const U = Math.floor((k * x.up) / (x.down + x.up));
  if (D < 1 || U < 1) return null;
  const down = populated(x, D, pooled);
  const need = down.map((pd) => Math.min(U, Math.ceil((pd * x.up) / x.down)));
  const base = { radix: k, pooled, downlinksPerLeaf: D, leaves: down.length, leafDownlinks: down };
  const S = spineCount(k, need, U);
  if (S !== null) {
    const up = need.map((u) => Math.max(u, S));
    const spineUsed = Array.from({ length: S }, () => 0);
    let p = 0;
    for (const u of up) for (let m = 0; m < u; m++) spineUsed[p++ % S]! += 1;
    return {
      ...base,
      tiers: 2,
      uplinksPerLeaf: Math.max(...up),
      leafUplinks: up,
      spines: S,
      leavesPerPod: 0,
      pods: 0,
      podFirstSpine: [],
      spineUplinks: [],
      superSpines: 0,
      spareLeafPorts: spare(
        k,
        down.map((d, l) => d + up[l]!),
      ),
      spareSpinePorts: spare(k, spineUsed),
      spareSuperSpinePorts: 0,
    };
  }
  const P = Math.floor(k / 2);
  const pods = Math.ceil(down.length / P);
  if (pods > k) return null;
  const podFirstSpine: number[] = [];
  const spineUplinks: number[] = [];
  for (let pod = 0; pod < pods; pod++) {
    const mine = need.slice(pod * P, (pod + 1) * P);
    podFirstSpine.push(spineUplinks.length);
    // Spine m of the pod has one downlink from each leaf with more than m uplinks, and as many uplinks.
    for (let m = 0; m < Math.max(...mine); m++) spineUplinks.push(mine.filter((u) => u > m).length);
  }
  const SS = Math.ceil(sum(spineUplinks) / k);
  const ssUsed = Array.from({ length: SS }, () => 0);
  let q = 0;
  for (const u of spineUplinks) for (let m = 0; m < u; m++) ssUsed[q++ % SS]! += 1;
  return {
    ...base,
    tiers: 3,
    uplinksPerLeaf: Math.max(...need),
    leafUplinks: need,
    spines: spineUplinks.length,
    leavesPerPod: P,
    pods,
    podFirstSpine,
    spineUplinks,
    superSpines: SS,
    spareLeafPorts: spare(
      k,
      down.map((d, l) => d + need[l]!),
    ),
    // A spine of a pod has P downlink ports (one per leaf slot) and uses as many uplinks as populated downlinks.
    spareSpinePorts: spare(
      k,
      spineUplinks.map((u) => 2 * u),
    ),
    spareSuperSpinePorts: spare(k, ssUsed),
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
