/**
 * Ring placement on a directly connected mesh (xGMI / Infinity Fabric boxes): edge-disjoint Hamiltonian cycles
 * of the complete graph, each used in both directions, so every ring has links of its own, as RCCL's rings on
 * an 8-GPU MI300X mesh do. K_n holds floor((n-1)/2) edge-disjoint Hamiltonian cycles (Walecki); a bounded
 * backtracking search finds them for the small n of one node and returns what it found within the budget.
 */

/** Search steps allowed before settling for fewer cycles (n <= 16 finishes far below it). */
const SEARCH_BUDGET_STEPS = 200_000;

function findCycles(n: number, want: number): number[][] {
  const used = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  const cycles: number[][] = [];
  let best: number[][] = [];
  let steps = 0;
  const mark = (cyc: number[], on: boolean): void =>
    cyc.forEach((a, i) => {
      const b = cyc[(i + 1) % cyc.length]!;
      used[a]![b] = on;
      used[b]![a] = on;
    });
  // depth-first search of one more cycle over unused edges; on closing it, search the next one
  const extend = (path: number[], onPath: boolean[]): boolean => {
    if (++steps > SEARCH_BUDGET_STEPS) return false;
    const last = path[path.length - 1]!;
    if (path.length === n) {
      if (used[last]![0]) return false;
      const cyc = [...path];
      mark(cyc, true);
      cycles.push(cyc);
      if (cycles.length > best.length) best = cycles.map((c) => [...c]);
      if (cycles.length === want || nextCycle()) return true;
      cycles.pop();
      mark(cyc, false);
      return false;
    }
    for (let v = 1; v < n; v++) {
      if (onPath[v] || used[last]![v]) continue;
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

/**
 * Channel orders over `ranks` (a full mesh): each edge-disjoint Hamiltonian cycle forwards and reversed.
 * With 2 ranks, one ring (it already uses the link both ways).
 */
export function meshRingOrders(ranks: number[]): number[][] {
  const n = ranks.length;
  if (n < 3) return [ranks];
  const cycles = findCycles(n, Math.floor((n - 1) / 2));
  const orders: number[][] = [];
  for (const c of cycles) {
    const order = c.map((i) => ranks[i]!);
    orders.push(order, [order[0]!, ...order.slice(1).reverse()]);
  }
  return orders.length > 0 ? orders : [ranks];
}
