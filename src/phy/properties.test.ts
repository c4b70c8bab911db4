import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyzePhysical } from './analyze.js';
import { placeRetimers } from './place-retimers.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import type { Segment } from '../model/index.js';

const MATERIALS = ['fr4', 'fr4-tetra', 'megtron6', 'nelco-4000-6', 'tachyon100g'];
const middle: fc.Arbitrary<Segment> = fc.oneof(
  fc.record({
    type: fc.constant('trace' as const),
    material: fc.constantFrom(...MATERIALS),
    lengthMm: fc.double({ min: 1, max: 500, noNaN: true }),
  }),
  fc.record({ type: fc.constant('via' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('connector' as const), part: fc.constant('cem') }),
  fc.record({
    type: fc.constant('loss' as const),
    lossDb: fc.double({ min: 0, max: 10, noNaN: true }),
    note: fc.constant('x'),
  }),
);
const channelArb = fc
  .array(middle, { minLength: 1, maxLength: 6 })
  .map((mid): Segment[] => [
    { type: 'package', component: 'node0/cpu0' },
    ...mid,
    { type: 'package', component: 'node0/gpu0' },
  ]);
const rt = comp('node0/rt9', 'retimer', 'test-rt-g6', [port('a', 16, 6), port('b', 16, 6)]);
const analyze = (channel: Segment[], gen: 5 | 6 = 5) =>
  analyzePhysical(
    design(cpuGpu(gen, [rt]), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', channel, { gen })]),
    testCatalog,
  ).links[0]!;

describe('physical check properties', () => {
  it('adding length never raises the margin', () => {
    fc.assert(
      fc.property(channelArb, fc.nat(), fc.double({ min: 0, max: 300, noNaN: true }), (ch, pick, extraMm) => {
        const traces = ch.map((s, i) => (s.type === 'trace' ? i : -1)).filter((i) => i >= 0);
        if (traces.length === 0) return;
        const at = traces[pick % traces.length]!;
        const longer = ch.map((s, i) =>
          i === at && s.type === 'trace' ? { ...s, lengthMm: s.lengthMm + extraMm } : s,
        );
        expect(analyze(longer).marginDb!).toBeLessThanOrEqual(analyze(ch).marginDb! + 1e-9);
      }),
    );
  });

  it('adding a retimer never lowers the worst segment margin', () => {
    fc.assert(
      fc.property(channelArb, fc.nat(), (ch, pick) => {
        const at = 1 + (pick % (ch.length - 1)); // after the first package, before or at the last
        const withRt = [
          ...ch.slice(0, at),
          { type: 'device', component: 'node0/rt9' } as Segment,
          ...ch.slice(at),
        ];
        expect(analyze(withRt, 6).marginDb!).toBeGreaterThanOrEqual(analyze(ch, 6).marginDb! - 1e-9);
      }),
    );
  });

  it('placement output always passes the check', () => {
    fc.assert(
      fc.property(channelArb, (ch) => {
        const d = design(cpuGpu(6), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch, { gen: 6 })]);
        const placed = placeRetimers(d, testCatalog);
        const after = analyzePhysical(placed.design, testCatalog).links[0]!;
        const proposal = placed.proposals[0];
        if (!proposal || proposal.feasible) expect(['pass', 'warn']).toContain(after.verdict);
        else expect(after.verdict).toBe('fail');
      }),
      { numRuns: 60 },
    );
  });
});
