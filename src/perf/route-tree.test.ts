import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildFabric } from './fabric.js';
import { pathMatrices } from './matrices.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';

/**
 * A random PCIe tree: switch i hangs off switch parent[i] (or the root port when parent is -1); each GPU hangs
 * off a random switch; link widths vary so bottlenecks move around.
 */
const treeArb = fc.record({
  parents: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: 1, maxLength: 6 }),
  gpus: fc.array(fc.record({ sw: fc.nat(), width: fc.constantFrom(4, 8, 16) }), {
    minLength: 2,
    maxLength: 6,
  }),
  widths: fc.array(fc.constantFrom(4, 8, 16), { minLength: 6, maxLength: 6 }),
});

interface Tree {
  parents: number[];
  gpus: { sw: number; width: number }[];
  widths: number[];
}

function build(t: Tree) {
  const b = new DesignBuilder('random').container('h', 'node');
  b.comp('h/cpu0', 'cpu', 't-cpu-amd', [port('r0', { role: 'downstream' })]);
  const n = t.parents.length;
  for (let i = 0; i < n; i++) {
    const downs = Array.from({ length: 16 }, (_, k) => port(`d${k}`, { role: 'downstream' }));
    b.comp(`h/sw${i}`, 'pcie-switch', 't-switch', [port('up', { role: 'upstream' }), ...downs]);
  }
  const used = new Map<number, number>();
  const next = (sw: number) => {
    const k = used.get(sw) ?? 0;
    used.set(sw, k + 1);
    return `h/sw${sw}.d${k}`;
  };
  for (let i = 0; i < n; i++) {
    // only earlier switches can be parents, so the graph stays a tree
    const p = t.parents[i]! >= 0 && t.parents[i]! < i ? t.parents[i]! : -1;
    b.link(p < 0 && i === 0 ? 'h/cpu0.r0' : next(p < 0 ? 0 : p), `h/sw${i}.up`, { width: t.widths[i]! });
  }
  t.gpus.forEach((g, j) => {
    b.comp(`h/gpu${j}`, 'accelerator', 't-gpu', [port('p', { role: 'upstream' })]);
    b.link(next(g.sw % n), `h/gpu${j}.p`, { width: g.width });
  });
  return b.design;
}

describe('routes over random PCIe trees', () => {
  it('classes are symmetric, bandwidth is the narrowest routed link, reverse routes retrace the path', () => {
    fc.assert(
      fc.property(treeArb, (t) => {
        const d = build(t);
        const f = buildFabric(d, testCatalog());
        const ids = d.components.filter((c) => c.kind === 'accelerator').map((c) => c.id);
        const m = pathMatrices(f, ids, { profile: 'raw' });
        for (let i = 0; i < ids.length; i++)
          for (let j = 0; j < ids.length; j++) {
            expect(m.class[i]![j]).toBe(m.class[j]![i]);
            if (i === j) continue;
            const route = f.route(ids[i]!, ids[j]!);
            const min = Math.min(...route.map((l) => f.directedLinks[l]!.capacityGBps.raw!));
            expect(m.bwGBps[i]![j]).toBeCloseTo(min, 9);
            const nodes = (r: number[]) => [
              f.directedLinks[r[0]!]!.from,
              ...r.map((l) => f.directedLinks[l]!.to),
            ];
            expect(nodes(f.route(ids[j]!, ids[i]!)).reverse()).toEqual(nodes(route));
          }
      }),
      { numRuns: 60 },
    );
  });
});
