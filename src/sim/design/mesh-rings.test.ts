import { describe, expect, it } from 'vitest';
import { maxArcLoad, meshNodeOrders, meshPaths, meshRingOrders } from './mesh-rings.js';

/** Directed arcs a>b of closed rings or open paths, with their counts. */
function arcs(orders: number[][], closed = true): Map<string, number> {
  const m = new Map<string, number>();
  for (const o of orders)
    for (let i = 0; i < (closed ? o.length : o.length - 1); i++) {
      const k = `${o[i]}>${o[(i + 1) % o.length]}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  return m;
}
const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('meshRingOrders (one full-mesh node, RCCL rome_model_79)', () => {
  it('8 ranks: 7 Hamiltonian cycles both ways = 14 rings; all 56 arcs, each exactly twice', () => {
    const { orders, arcMultiplicity } = meshRingOrders(range(8, 10));
    expect(orders).toHaveLength(14);
    for (const o of orders) expect(new Set(o).size).toBe(8);
    const a = arcs(orders);
    expect(a.size).toBe(8 * 7);
    expect(new Set(a.values())).toEqual(new Set([2]));
    expect(arcMultiplicity).toBe(2);
    // every GPU sends on all 7 of its links: 14 rings x 1 link each / 2 per link = 7 links' worth of rings
  });
  it('5 ranks: K5 = 2 Hamiltonian cycles, both ways 4 rings using all 20 arcs once', () => {
    const { orders, arcMultiplicity } = meshRingOrders(range(5));
    expect(orders).toHaveLength(4);
    expect(arcs(orders).size).toBe(20);
    expect(arcMultiplicity).toBe(1);
  });
  it('4 ranks: the 3 Hamiltonian cycles of K4 both ways, every arc twice', () => {
    const { orders } = meshRingOrders(range(4));
    expect(orders).toHaveLength(6);
    expect(new Set(arcs(orders).values())).toEqual(new Set([2]));
    expect(arcs(orders).size).toBe(12);
  });
  it('2 ranks: one ring', () => {
    expect(meshRingOrders([3, 4]).orders).toEqual([[3, 4]]);
  });
});

describe('meshPaths / meshNodeOrders (across full-mesh nodes, RCCL rome_model_81)', () => {
  it('8 GPUs: path i starts at GPU i and ends at GPU i+4; the 8 paths use each of the 56 arcs once', () => {
    const paths = meshPaths(8);
    expect(paths.map((p) => p[0])).toEqual(range(8));
    expect(paths.map((p) => p[7])).toEqual([4, 5, 6, 7, 0, 1, 2, 3]);
    expect(paths[0]).toEqual([0, 1, 7, 2, 6, 3, 5, 4]); // Walecki's zigzag from 0
    const a = arcs(paths, false);
    expect(a.size).toBe(56);
    expect(maxArcLoad(paths, false)).toBe(1);
  });
  it('7 GPUs (odd): 7 paths, one from each GPU, each arc once', () => {
    const paths = meshPaths(7);
    expect(paths.map((p) => p[0])).toEqual(range(7));
    expect(arcs(paths, false).size).toBe(42);
    expect(maxArcLoad(paths, false)).toBe(1);
  });

  const nodes = (k: number, g: number): number[][] => range(k).map((n) => range(g, n * g));
  const localOf = (r: number, g: number): number => r % g;

  it('2 nodes x 8: 8 channels; per node every directed mesh link carries 1 channel, every NIC 1 each way; node hops stay on one rail', () => {
    const g = 8;
    const { orders, arcMultiplicity } = meshNodeOrders(nodes(2, g));
    expect(orders).toHaveLength(8);
    expect(arcMultiplicity).toBe(1);
    for (let k = 0; k < 2; k++) {
      const segs = orders.map((o) => o.slice(k * g, (k + 1) * g));
      const a = arcs(segs, false);
      expect(a.size).toBe(56);
      expect(Math.max(...a.values())).toBe(1);
      // entry GPUs (inbound NIC) and exit GPUs (outbound NIC) are each all 8 local GPUs once
      expect(new Set(segs.map((s) => localOf(s[0]!, g))).size).toBe(8);
      expect(new Set(segs.map((s) => localOf(s[g - 1]!, g))).size).toBe(8);
    }
    // channel c: node 0 from GPU c to GPU c+4, then node 1 from GPU c+4 (same NIC rail) back to GPU c
    for (const [c, o] of orders.entries()) {
      expect(localOf(o[0]!, g)).toBe(c);
      expect(localOf(o[g - 1]!, g)).toBe((c + 4) % g);
      expect(localOf(o[g]!, g)).toBe((c + 4) % g);
      expect(localOf(o[2 * g - 1]!, g)).toBe(c);
    }
  });
  it('3 nodes (odd count): rings still exist, 8 channels over all 24 ranks, each mesh link once per node', () => {
    const { orders, arcMultiplicity } = meshNodeOrders(nodes(3, 8));
    expect(orders).toHaveLength(8);
    for (const o of orders) expect(new Set(o).size).toBe(24);
    expect(arcMultiplicity).toBe(1);
  });
});
