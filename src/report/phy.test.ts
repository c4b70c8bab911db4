import { describe, it, expect } from 'vitest';
import { analyzePhysical } from '../phy/index.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import { mmFromInches, type Segment } from '../model/index.js';
import { phyLinksJson, phyTable } from './phy.js';
import { phyWaterfallSvg } from './phy-waterfall.js';

const ch: Segment[] = [
  { type: 'package', component: 'node0/cpu0' },
  { type: 'trace', material: 'fr4', lengthMm: mmFromInches(15) },
  { type: 'via', count: 2 },
  { type: 'connector', part: 'cem' },
  { type: 'add-in-card' },
  { type: 'package', component: 'node0/gpu0' },
];
const report = analyzePhysical(
  design(cpuGpu(5), [
    link('node0/gpu0-link', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch),
    link('imported', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', [], { reported: { gen: 4, width: 16 } }),
  ]),
  testCatalog,
);

describe('phy report', () => {
  it('maps links to the exact check --json shape (dB to 0.01)', () => {
    expect(phyLinksJson(report)).toEqual([
      // 9 + 15 × 1.289 + 1.4 + 1.5 + 9.5 = 40.735 → 40.74 (rounded half away from zero of 40.735 in binary: 40.73 or 40.74)
      {
        id: 'node0/gpu0-link',
        protocol: 'pcie',
        gen: 5,
        width: 16,
        lossDb: expect.closeTo(40.74, 1),
        budgetDb: 36,
        marginDb: expect.closeTo(-4.74, 1),
        retimersNeeded: 1,
        retimersPresent: 0,
        trainedGen: 4,
        trainedWidth: 16,
        verdict: 'fail',
        dominant: 'trace fr4 381 mm', // 19.34 dB of the 40.74
      },
      {
        id: 'imported',
        protocol: 'pcie',
        gen: 5,
        width: 16,
        lossDb: null,
        budgetDb: null,
        marginDb: null,
        retimersNeeded: null,
        retimersPresent: 0,
        trainedGen: 4,
        trainedWidth: 16,
        verdict: 'unknown',
        dominant: null,
      },
    ]);
    expect(Object.keys(phyLinksJson(report)[0]!)).toEqual([
      'id',
      'protocol',
      'gen',
      'width',
      'lossDb',
      'budgetDb',
      'marginDb',
      'retimersNeeded',
      'retimersPresent',
      'trainedGen',
      'trainedWidth',
      'verdict',
      'dominant',
    ]);
  });

  it('renders one table row per link with the trained state and a summary', () => {
    const text = phyTable(report);
    expect(text).toMatch(
      /node0\/gpu0-link\s+pcie Gen5 x16\s+40\.7\d\s+36\.00\s+-4\.7\d\s+1\/0\s+pcie Gen4 x16\s+fail/,
    );
    expect(text).toContain('2 links: 0 pass, 0 warn, 1 fail, 1 unknown');
    expect(phyTable(report, { onlyProblems: true })).not.toContain('imported');
  });

  it('labels a non-PCIe link once: `nvlink gen 4 x2`, not `nvlink nvlink gen 4 x2`', () => {
    const nvl = (id: string) => comp(id, 'accelerator', 'test-gpu-g5', [port('nvl', 2, 4, 'peer', 'nvlink')]);
    const r = analyzePhysical(
      design(
        [nvl('node0/gpu0'), nvl('node0/gpu1')],
        [link('N', 'node0/gpu0.nvl', 'node0/gpu1.nvl', [], { protocol: 'nvlink', width: 2, gen: 4 })],
      ),
      testCatalog,
    );
    expect(phyTable(r).split('\n')[2]).toMatch(
      /^N\s+nvlink gen 4 x2\s+-\s+-\s+-\s+-\/0\s+nvlink gen 4 x2\s+unknown\s+-$/,
    );
  });

  it('shows `none` as the trained state of a link that trains at no generation', () => {
    const cable: Segment = { type: 'cable', part: 'test-pcie-copper', lengthMm: 3000 }; // 2 m reach
    const r = analyzePhysical(
      design(cpuGpu(5), [link('X', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', [cable], { gen: 5 })]),
      testCatalog,
    );
    // the cable beyond its rated reach is what dominates the failure
    expect(phyTable(r).split('\n')[2]).toMatch(/\s+0\/0\s+none\s+fail\s+cable test-pcie-copper$/);
  });

  it('draws one bar per loss item and the budget line in the waterfall', () => {
    const svg = phyWaterfallSvg(report.links[0]!, { recommendedMarginDb: 5.4 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect x=/g)).toHaveLength(6); // 6 items in one budget segment
    expect(svg).toContain('budget 36 dB');
    expect(svg).toContain('recommended margin 5.4 dB');
    // y scale: peak 40.735 × 1.1 = 44.81 dB over 300 px; budget 36 dB at 56 + 300 − 36/44.8085 × 300 = 115.0
    const budgetY = Number(/<line x1="\d+" x2="\d+" y1="([\d.]+)"[^>]*stroke="#e15759"/.exec(svg)![1]);
    expect(budgetY).toBeCloseTo(56 + 300 - (36 / (40.735 * 1.1)) * 300, 1);
  });
});
