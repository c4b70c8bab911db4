import { describe, it, expect } from 'vitest';
import { traceReachMm } from './reach.js';
import { cpuGpu, design, link, testCatalog } from '../../test/support/design-builder.js';
import { inchesFromMm, type Segment } from '../model/index.js';

/** CPU package, board trace, two vias, CEM connector, add-in card: the PCI-SIG worked reach example's topology. */
const slot = (gen: 5 | 6, material: string): Segment[] => [
  { type: 'package', component: 'node0/cpu0' },
  { type: 'trace', material, lengthMm: 100 },
  { type: 'via', count: 2 },
  { type: 'connector', part: 'cem' },
  { type: 'add-in-card' },
  { type: 'package', component: 'node0/gpu0' },
];
const reach = (gen: 5 | 6, material: string) =>
  traceReachMm(
    design(cpuGpu(gen), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', slot(gen, material), { gen })]),
    testCatalog,
    'L',
    1,
  );

describe('unretimed reach reproduces the sourced figures', () => {
  it('Gen5 on low-loss PCB: inside the sourced 9-24 in (standards-data §1.4)', () => {
    // board budget 36 − 9 − 1.4 − 1.5 − 9.5 = 14.6 dB; minus 15 % × 36 = 5.4 → 9.2 dB; ÷ 0.47 dB/in (Megtron 6) = 19.57 in
    const r = reach(5, 'megtron6');
    expect(inchesFromMm(r.reachWithMarginMm)).toBeCloseTo(9.2 / 0.47, 6);
    expect(inchesFromMm(r.reachWithMarginMm)).toBeGreaterThanOrEqual(9);
    expect(inchesFromMm(r.reachWithMarginMm)).toBeLessThanOrEqual(24);
    expect(inchesFromMm(r.reachMm)).toBeCloseTo(14.6 / 0.47, 6);
  });

  it('Gen6 unretimed on a typical server board (tetra-functional FR-4): inside the sourced ~3-5 in (servethehome)', () => {
    // 32 − 8 − 1.4 − 1.5 − 8.4 = 12.7 dB; minus 15 % × 32 = 4.8 → 7.9 dB; ÷ 1.844 dB/in = 4.28 in
    const r = reach(6, 'fr4-tetra');
    expect(inchesFromMm(r.reachWithMarginMm)).toBeCloseTo(7.9 / 1.844, 6);
    expect(inchesFromMm(r.reachWithMarginMm)).toBeGreaterThanOrEqual(3);
    expect(inchesFromMm(r.reachWithMarginMm)).toBeLessThanOrEqual(5);
  });
});
