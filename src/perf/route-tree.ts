/**
 * Per-source routes: a breadth-first search per tier (scale-up, then adding PCIe, socket, network links), so
 * each destination gets the lowest-tier path and, within it, the fewest hops. Path bottleneck bandwidth per
 * profile and hardware latency are accumulated along the tree, so all-pairs matrices cost one search per source.
 */
import type { Fabric, RouteTree } from './fabric-types.js';
import { pick, PROFILES } from './profile.js';

export type { RouteTree } from './fabric-types.js';

interface Prepared {
  from: Int32Array;
  to: Int32Array;
  tier: Int8Array;
  cap: [Float64Array, Float64Array, Float64Array];
  latNs: Float64Array;
  nodeLatNs: Float64Array;
  tiers: number[];
}

const PREPARED = Symbol('route-search arrays');

/** The fabric's links as typed arrays for the route search, built once per fabric. */
const prepare = (f: Fabric): Prepared => f.memo(PREPARED, () => prepareArrays(f));

function prepareArrays(f: Fabric): Prepared {
  const n = f.directedLinks.length;
  const p: Prepared = {
    from: new Int32Array(n),
    to: new Int32Array(n),
    tier: new Int8Array(n),
    cap: [new Float64Array(n), new Float64Array(n), new Float64Array(n)],
    latNs: new Float64Array(n),
    nodeLatNs: Float64Array.from(f.nodes, (x) => x.latency?.latencyNs ?? 0),
    tiers: [...new Set(f.directedLinks.map((d) => d.tier))].sort(),
  };
  for (const d of f.directedLinks) {
    p.from[d.index] = d.from;
    p.to[d.index] = d.to;
    p.tier[d.index] = d.tier;
    p.latNs[d.index] = d.latencyNs;
    PROFILES.forEach((prof, k) => (p.cap[k]![d.index] = pick(d.capacityGBps, prof) ?? NaN));
  }
  return p;
}

function emptyTree(src: number, nodes: number, from: Int32Array): RouteTree {
  const f64 = () => new Float64Array(nodes);
  const i32 = () => new Int32Array(nodes).fill(-1);
  return {
    src,
    tier: new Int8Array(nodes),
    hops: new Int32Array(nodes),
    parent: i32(),
    from,
    bw: [f64(), f64(), f64()],
    bottleneck: [i32(), i32(), i32()],
    latencyNs: f64(),
    ncclCharge: f64().fill(1),
  };
}

/**
 * Routes from `src` to every node of the fabric. Each search at a tier limit finalizes the nodes it reaches
 * first; values are extended from the (already final) predecessor, so a node's values always describe the
 * path `pathTo` walks.
 */
export function buildRouteTree(f: Fabric, src: number): RouteTree {
  const p = prepare(f);
  const n = f.nodes.length;
  const t = emptyTree(src, n, p.from);
  const seen = new Int8Array(n);
  const queue = new Int32Array(n);
  let finalized = 1;
  for (let k = 0; k < 3; k++) t.bw[k]![src] = Infinity;
  for (const tierLimit of p.tiers) {
    if (finalized >= n) break;
    seen.fill(0);
    seen[src] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = src;
    while (head < tail) {
      const u = queue[head++]!;
      if (u !== src && !f.nodes[u]!.forwards) continue;
      const viaLat = u === src ? 0 : p.nodeLatNs[u]!;
      const viaCharge = u === src ? 1 : f.nodes[u]!.ncclP2pCharge;
      for (const l of f.out[u]!) {
        if (p.tier[l]! > tierLimit) continue;
        const v = p.to[l]!;
        if (seen[v] === 1) continue;
        seen[v] = 1;
        queue[tail++] = v;
        if (t.tier[v] !== 0 || v === src) continue;
        finalized++;
        t.tier[v] = Math.max(p.tier[l]!, u === src ? 0 : t.tier[u]!);
        t.parent[v] = l;
        t.hops[v] = t.hops[u]! + 1;
        t.latencyNs[v] = t.latencyNs[u]! + viaLat + p.latNs[l]!;
        t.ncclCharge[v] = Math.max(t.ncclCharge[u]!, viaCharge);
        for (let k = 0; k < 3; k++) {
          const c = p.cap[k]![l]!;
          const prev = t.bw[k]![u]!;
          // NaN (unknown) propagates through Math.min; the first unknown or narrowest link is the bottleneck.
          const takes = !Number.isNaN(prev) && (Number.isNaN(c) || c < prev);
          t.bw[k]![v] = Math.min(prev, c);
          t.bottleneck[k]![v] = takes ? l : t.bottleneck[k]![u]!;
        }
      }
    }
  }
  return t;
}
