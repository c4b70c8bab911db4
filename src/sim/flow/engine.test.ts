import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimFabric } from '../fabric.js';
import { fullMesh } from '../fabrics/index.js';
import { GraphBuilder } from './graph.js';
import { simulateGraph } from './engine.js';

/** n links 0..n-1; a "rank" pair (s,d) routes over the explicit link list encoded by the test. */
function lineFabric(capsGBps: number[], latencyNs: number, routes: Map<string, number[]>): SimFabric {
  return {
    links: capsGBps.map((c, i) => ({ id: `l${i}`, capacityGBps: c, latencyNs, tier: 'scaleup' })),
    ranks: ['a', 'b', 'c', 'd'],
    route: (s, d) => routes.get(`${s}>${d}`)!,
    paths: (s, d) => [routes.get(`${s}>${d}`)!],
    description: 'test',
  };
}

describe('flow engine', () => {
  it('one flow: time = bytes / capacity + path latency', () => {
    // 1e6 B over a 100 GB/s link: 1e6 / (100e9 B/s) = 10 us = 1e7 ps; plus 2 links x 500 ns = 1e6 ps
    const f = lineFabric([100, 100], 500, new Map([['0>1', [0, 1]]]));
    const g = new GraphBuilder();
    g.add(0, 1, 1e6, 0);
    expect(simulateGraph(f, g.build(), { routing: 'ecmp' }).makespanPs).toBe(1e7 + 1e6);
  });

  it('two flows share a link; the short one leaves and the long one speeds up', () => {
    // link 0 = 100 GB/s = 0.1 B/ps. A: 1e6 B, B: 3e6 B, both start at 0 at 0.05 B/ps each.
    // A ends at 1e6/0.05 = 2e7 ps; B has 2e6 B left, alone at 0.1 B/ps: 2e7 more -> 4e7 ps.
    const f = lineFabric(
      [100],
      0,
      new Map([
        ['0>1', [0]],
        ['2>3', [0]],
      ]),
    );
    const g = new GraphBuilder();
    const a = g.add(0, 1, 1e6, 0);
    const b = g.add(2, 3, 3e6, 0);
    const r = simulateGraph(f, g.build(), { routing: 'ecmp' });
    expect(r.doneAtPs[a]).toBe(2e7);
    expect(r.doneAtPs[b]).toBe(4e7);
    expect(r.stats.incrementalSolves).toBeGreaterThan(0);
  });

  it('a dependent transfer starts when its predecessor is delivered (latency included)', () => {
    const f = lineFabric(
      [100, 100],
      1000,
      new Map([
        ['0>1', [0]],
        ['1>2', [1]],
      ]),
    );
    const g = new GraphBuilder();
    const first = g.add(0, 1, 1e6, 0);
    const second = g.add(1, 2, 1e6, 0);
    g.edge(first, second);
    // each: 1e7 ps drain + 1e6 ps latency
    const r = simulateGraph(f, g.build(), { routing: 'ecmp' });
    expect(r.doneAtPs[first]).toBe(1.1e7);
    expect(r.makespanPs).toBe(2.2e7);
  });

  it('incremental and reference solvers give the same delivery times on random DAGs', () => {
    const mesh = fullMesh(4, 50, 100);
    const transfer = fc.record({
      src: fc.nat(3),
      hop: fc.integer({ min: 1, max: 3 }),
      bytes: fc.integer({ min: 1, max: 5e6 }),
      dep: fc.option(fc.nat(20), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(transfer, { minLength: 1, maxLength: 20 }), (ts) => {
        const g = new GraphBuilder();
        ts.forEach((t, i) => {
          g.add(t.src, (t.src + t.hop) % 4, t.bytes, i);
          if (t.dep !== undefined && t.dep < i) g.edge(t.dep, i);
        });
        const graph = g.build();
        const inc = simulateGraph(mesh, graph, { routing: 'ecmp' });
        const ref = simulateGraph(mesh, graph, { routing: 'ecmp', solver: 'reference' });
        expect(inc.stats.incrementalSolves).toBeGreaterThan(0);
        expect(ref.stats.incrementalSolves).toBe(0);
        for (let i = 0; i < graph.count; i++)
          expect(Math.abs(inc.doneAtPs[i]! - ref.doneAtPs[i]!)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
  });
});
