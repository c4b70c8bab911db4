/**
 * Ring placement on a directly connected mesh (xGMI / Infinity Fabric boxes), the way RCCL lays rings on an
 * 8-GPU MI300X node (ROCm/rccl src/graph/rome_models.cc @0cbce2a7):
 *
 * - One node (`rome_model_79`, 8 GPUs, 7 links each, no NIC): 14 rings, 7 Hamiltonian cycles each run both
 *   ways, so every directed xGMI link carries exactly 2 of the 14 rings and every GPU sends on all 7 of its links.
 *   Here: an edge-capacity-2 decomposition of the doubled complete graph 2K_n into n-1 Hamiltonian cycles, each
 *   both ways (2(n-1) rings, every arc twice); for odd n the (n-1)/2 edge-disjoint cycles of K_n (Walecki) both
 *   ways already use every arc once (n-1 rings).
 * - Across nodes (`rome_model_81`, 8 GPUs and 8 NICs): 8 channels, channel c entering the node at GPU c (its
 *   inbound NIC N c) and leaving at another GPU (its outbound NIC), on 8 Hamiltonian paths that together use every
 *   one of the 56 directed links exactly once ("N0 0 1 2 3 4 5 6 7 N7|N1 1 0 2 4 3 5 7 6 N6|..."). Here, for even
 *   n, Walecki's zigzag paths k, k+1, k-1, k+2, k-2, ..., k+n/2 (k < n/2), which decompose K_n, each run both
 *   ways: n directed paths, one starting at every GPU, every arc once; for odd n a bounded search.
 *
 * Each result states the largest number of rings any directed link carries (`arcMultiplicity`), measured on the
 * orders returned, not assumed.
 */

/** Search steps allowed before settling for what was found (the n <= 16 of one node finish far below it). */
const SEARCH_BUDGET_STEPS = 200_000;

/** Directed arcs a->b of closed rings (`closed`) or open paths, with their use counts. */
function arcCounts(orders: number[][], closed: boolean): Map<string, number> {
  const c = new Map<string, number>();
  for (const o of orders) {
    const last = closed ? o.length : o.length - 1;
    for (let i = 0; i < last; i++) {
      const k = `${o[i]}>${o[(i + 1) % o.length]}`;
      c.set(k, (c.get(k) ?? 0) + 1);
    }
  }
  return c;
}

/** The largest number of orders crossing one directed link. */
export const maxArcLoad = (orders: number[][], closed = true): number =>
  Math.max(0, ...arcCounts(orders, closed).values());

/**
 * Up to `want` Hamiltonian cycles of K_n (vertex 0 first) using each undirected edge at most `cap` times, by
 * depth-first search over cycles; the most found within the search budget.
 */
function findCycles(n: number, want: number, cap: number): number[][] {
  const used = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const cycles: number[][] = [];
  let best: number[][] = [];
  let steps = 0;
  const mark = (cyc: number[], d: number): void =>
    cyc.forEach((a, i) => {
      const b = cyc[(i + 1) % cyc.length]!;
      used[a]![b]! += d;
      used[b]![a]! += d;
    });
  const extend = (path: number[], onPath: boolean[]): boolean => {
    if (++steps > SEARCH_BUDGET_STEPS) return false;
    const last = path[path.length - 1]!;
    if (path.length === n) {
      if (used[last]![0]! >= cap) return false;
      const cyc = [...path];
      mark(cyc, 1);
      cycles.push(cyc);
      if (cycles.length > best.length) best = cycles.map((c) => [...c]);
      if (cycles.length === want || nextCycle()) return true;
      cycles.pop();
      mark(cyc, -1);
      return false;
    }
    for (let v = 1; v < n; v++) {
      if (onPath[v] || used[last]![v]! >= cap) continue;
      path.push(v);
      onPath[v] = true;
      const ok = extend(path, onPath);
      path.pop();
      onPath[v] = false;
      if (ok) return true;
    }
    return false;
  };
  const nextCycle = (): boolean => {
    const onPath = new Array<boolean>(n).fill(false);
    onPath[0] = true;
    return extend([0], onPath);
  };
  nextCycle();
  return best;
}

/** Walecki's zigzag Hamiltonian path of K_n (n even) from k: k, k+1, k-1, k+2, k-2, ..., k+n/2 (mod n). */
function zigzag(n: number, k: number): number[] {
  const m = n / 2;
  const p = [k];
  for (let j = 1; j < m; j++) p.push((k + j) % n, (k - j + n) % n);
  p.push((k + m) % n);
  return p;
}

/**
 * n directed Hamiltonian paths of K_n, `paths[i]` starting at vertex i, each directed edge used at most once
 * where the construction allows: for even n the zigzag paths both ways (exact); for odd n a depth-first search,
 * falling back to opened cycles (a link may then carry two) when the search finds none.
 */
export function meshPaths(n: number): number[][] {
  if (n <= 1) return [[0]];
  if (n % 2 === 0) {
    const paths: number[][] = new Array<number[]>(n);
    for (let k = 0; k < n / 2; k++) {
      const p = zigzag(n, k);
      paths[k] = p;
      paths[(k + n / 2) % n] = [...p].reverse();
    }
    return paths;
  }
  return searchPaths(n) ?? pathsFromCycles(n);
}

/**
 * Fallback for odd n: the n-1 directed Walecki cycles (each arc once), the one for channel i opened at vertex i
 * (its arc into i dropped). n channels on n-1 cycles: one cycle serves two channels, so its arcs carry two.
 */
function pathsFromCycles(n: number): number[][] {
  const cycles = meshRingOrders(Array.from({ length: n }, (_, i) => i)).orders;
  return Array.from({ length: n }, (_, i) => {
    const c = cycles[i % cycles.length]!;
    const at = c.indexOf(i);
    return [...c.slice(at), ...c.slice(0, at)];
  });
}

/** n arc-disjoint Hamiltonian paths of K*_n, path i starting at i (depth-first, bounded), or null. */
function searchPaths(n: number): number[][] | null {
  const used = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  const paths: number[][] = [];
  let steps = 0;
  const extend = (path: number[], onPath: boolean[]): boolean => {
    if (++steps > SEARCH_BUDGET_STEPS) return false;
    if (path.length === n) {
      paths.push([...path]);
      if (paths.length === n || next()) return true;
      paths.pop();
      return false;
    }
    const last = path[path.length - 1]!;
    for (let v = 0; v < n; v++) {
      if (onPath[v] || used[last]![v]) continue;
      used[last]![v] = true;
      onPath[v] = true;
      path.push(v);
      const ok = extend(path, onPath);
      path.pop();
      onPath[v] = false;
      used[last]![v] = false;
      if (ok) return true;
    }
    return false;
  };
  const next = (): boolean => {
    const start = paths.length;
    const onPath = new Array<boolean>(n).fill(false);
    onPath[start] = true;
    return extend([start], onPath);
  };
  return next() ? paths : null;
}

export interface MeshRings {
  /** Ring order per channel (fabric rank ids). */
  orders: number[][];
  /** The most rings any directed mesh link carries (measured on `orders`). */
  arcMultiplicity: number;
}

/**
 * Rings inside one full-mesh node: Hamiltonian cycles covering every directed link equally, each run both ways
 * (RCCL rome_model_79). With 2 ranks, one ring (it already uses the link both ways).
 */
export function meshRingOrders(ranks: number[]): MeshRings {
  const n = ranks.length;
  if (n < 3) return { orders: [ranks], arcMultiplicity: 1 };
  // odd n: K_n splits into (n-1)/2 Hamiltonian cycles; even n: 2K_n into n-1 (each edge in two of them)
  const cap = n % 2 === 1 ? 1 : 2;
  const cycles = findCycles(n, (cap * (n - 1)) / 2, cap);
  const orders: number[][] = [];
  for (const c of cycles) {
    const order = c.map((i) => ranks[i]!);
    orders.push(order, [order[0]!, ...order.slice(1).reverse()]);
  }
  const out = orders.length > 0 ? orders : [ranks];
  return { orders: out, arcMultiplicity: maxArcLoad(out) };
}

/**
 * Rings across full-mesh nodes of equal size g (`nodeGroups[k]` = node k's ranks, local index = NIC index): g
 * channels; channel c enters node 0 at local GPU c and crosses it on the mesh path starting there; it leaves at
 * that path's last GPU e and enters the next node at local GPU e (the same NIC rail), and so on. Each node uses
 * every path once, so every directed mesh link carries one channel per node and every NIC sends and receives one.
 * Works for any node count; where the last node's exit GPU is not channel c, the closing hop changes rail.
 */
export function meshNodeOrders(nodeGroups: number[][]): MeshRings {
  const g = nodeGroups[0]!.length;
  const paths = meshPaths(g);
  const orders: number[][] = [];
  for (let c = 0; c < g; c++) {
    const order: number[] = [];
    let start = c;
    for (const node of nodeGroups) {
      const p = paths[start]!;
      for (const local of p) order.push(node[local]!);
      start = p[p.length - 1]!;
    }
    orders.push(order);
  }
  // each node's segment of every ring, measured node by node (a fallback path set may repeat a path)
  const perNode = nodeGroups.map((_, k) => orders.map((o) => o.slice(k * g, (k + 1) * g)));
  return { orders, arcMultiplicity: Math.max(...perNode.map((segs) => maxArcLoad(segs, false))) };
}
