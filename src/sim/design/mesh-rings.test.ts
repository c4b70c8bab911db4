import { describe, expect, it } from 'vitest';
import { meshRingOrders } from './mesh-rings.js';

/** Directed edges of every order, to check disjointness. */
const arcs = (orders: number[][]): string[] =>
  orders.flatMap((o) => o.map((a, i) => `${a}>${o[(i + 1) % o.length]}`));

describe('meshRingOrders', () => {
  it('8 ranks: 3 edge-disjoint Hamiltonian cycles (floor(7/2)) both ways = 6 rings, 48 distinct arcs', () => {
    const orders = meshRingOrders([10, 11, 12, 13, 14, 15, 16, 17]);
    expect(orders).toHaveLength(6);
    for (const o of orders) expect(new Set(o).size).toBe(8);
    // 6 rings x 8 arcs = 48, all different: no link carries two rings in one direction
    expect(new Set(arcs(orders)).size).toBe(48);
  });
  it('2 ranks: one ring', () => {
    expect(meshRingOrders([3, 4])).toEqual([[3, 4]]);
  });
  it('5 ranks: K5 splits into 2 Hamiltonian cycles, 4 rings using all 20 arcs', () => {
    const orders = meshRingOrders([0, 1, 2, 3, 4]);
    expect(orders).toHaveLength(4);
    expect(new Set(arcs(orders)).size).toBe(20);
  });
});
