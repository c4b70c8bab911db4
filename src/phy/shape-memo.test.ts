import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ShapeMemo } from './shape-memo.js';
import { buildContext } from './context.js';
import { analyzePhysical } from './analyze.js';
import { analyzeLinkCore } from './analyze-link.js';
import { comp, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import type { Component, Segment } from '../model/index.js';

const nodes = (n: number, gpuGen = 5): Component[] =>
  Array.from({ length: n }, (_, i) => [
    comp(`node${i}/cpu0`, 'cpu', 'test-cpu-g5', [port('pcie0', 16, 5, 'downstream')]),
    comp(`node${i}/gpu0`, 'accelerator', 'test-gpu-g5', [port('pcie', 16, gpuGen, 'upstream')]),
  ]).flat();
const ch = (i: number, mm: number): Segment[] => [
  { type: 'package', component: `node${i}/cpu0` },
  { type: 'trace', material: 'megtron6', lengthMm: mm },
  { type: 'package', component: `node${i}/gpu0` },
];

describe('ShapeMemo', () => {
  it('analyses links of the same shape once, whatever their component ids', () => {
    const d = design(
      nodes(3),
      [0, 1, 2].map((i) => link(`L${i}`, `node${i}/cpu0.pcie0`, `node${i}/gpu0.pcie`, ch(i, 100))),
    );
    const memo = new ShapeMemo<number>(buildContext(d, testCatalog));
    let computed = 0;
    for (const l of d.links) memo.get(l, () => ++computed);
    expect(computed).toBe(1);
  });

  it('tells apart a different length, port capability or part', () => {
    const comps = [
      ...nodes(2),
      comp('node2/cpu0', 'cpu', 'test-cpu-g5', [port('pcie0', 16, 5)]),
      comp('node2/gpu0', 'accelerator', 'test-gpu-g6', [port('pcie', 16, 5)]),
    ];
    const d = design(comps, [
      link('a', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch(0, 100)),
      link('b', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch(0, 100.5)),
      link('c', 'node1/cpu0.pcie0', 'node1/gpu0.pcie', ch(1, 100), { width: 8 }),
      link('d', 'node2/cpu0.pcie0', 'node2/gpu0.pcie', ch(2, 100)),
    ]);
    const memo = new ShapeMemo<string>(buildContext(d, testCatalog));
    for (const l of d.links) memo.get(l, (x) => x.id);
    expect(memo.size).toBe(4);
  });

  it('gives the same results as analyzing every link on its own (differential, property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ node: fc.integer({ min: 0, max: 3 }), mm: fc.constantFrom(50, 300, 700, 1200) }),
          { minLength: 1, maxLength: 12 },
        ),
        (spec) => {
          const d = design(
            nodes(4),
            spec.map((s, k) =>
              link(`L${k}`, `node${s.node}/cpu0.pcie0`, `node${s.node}/gpu0.pcie`, ch(s.node, s.mm)),
            ),
          );
          const fast = analyzePhysical(d, testCatalog).links;
          const ctx = buildContext(d, testCatalog);
          d.links.forEach((l, k) => expect(fast[k]).toEqual({ id: l.id, ...analyzeLinkCore(ctx, l).core }));
        },
      ),
      { numRuns: 30 },
    );
  });
});
