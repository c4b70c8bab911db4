import { describe, it, expect } from 'vitest';
import { placeRetimers } from './place-retimers.js';
import { analyzePhysical } from './analyze.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import { mmFromInches, type Segment } from '../model/index.js';

const cpu: Segment = { type: 'package', component: 'node0/cpu0' };
const gpu: Segment = { type: 'package', component: 'node0/gpu0' };

describe('placeRetimers', () => {
  it('adds one retimer 224 mm into a 15 in FR-4 trace and the fixed design passes', () => {
    const ch: Segment[] = [
      cpu,
      { type: 'trace', material: 'fr4', lengthMm: mmFromInches(15) },
      { type: 'via', count: 2 },
      { type: 'connector', part: 'cem' },
      { type: 'add-in-card' },
      gpu,
    ];
    const d = design(cpuGpu(5), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch)]);
    const r = placeRetimers(d, testCatalog);
    expect(r.proposals).toHaveLength(1);
    const p = r.proposals[0]!;
    // lowest latency Gen5-capable retimer: test-rt-g5 (10 ns) over test-rt-g6 (12 ns)
    expect(p).toMatchObject({
      linkId: 'L',
      count: 1,
      feasible: true,
      part: 'test-rt-g5',
      added: ['node0/rt0'],
    });
    // (40.735 / 2 − 9) / 1.289 dB/in = 8.8189 in = 224.0 mm
    expect(p.cuts[0]!.offsetMm).toBeCloseTo(((40.735 / 2 - 9) / 1.289) * 25.4, 6);
    const fixed = r.design.links[0]!.channel;
    expect(fixed.map((s) => s.type)).toEqual([
      'package',
      'trace',
      'device',
      'trace',
      'via',
      'connector',
      'add-in-card',
      'package',
    ]);
    expect(r.design.components.find((c) => c.id === 'node0/rt0')).toMatchObject({
      kind: 'retimer',
      part: 'test-rt-g5',
    });
    const after = analyzePhysical(r.design, testCatalog).links[0]!;
    expect(after).toMatchObject({ verdict: 'pass', trainedGen: 5, retimersPresent: 1, addedLatencyNs: 10 });
    expect(after.marginDb).toBeCloseTo(36 - 40.735 / 2, 6);
    expect(d.links[0]!.channel).toHaveLength(6); // input untouched
  });

  it('says what would help when two retimers are not enough', () => {
    const ch: Segment[] = [cpu, { type: 'trace', material: 'fr4', lengthMm: mmFromInches(80) }, gpu];
    const r = placeRetimers(
      design(cpuGpu(5), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch)]),
      testCatalog,
    );
    // 9 + 80 × 1.289 + 9 = 121.12 dB; three segments of ≤36 dB hold at most 108
    expect(r.proposals[0]).toMatchObject({ feasible: false, count: 0 });
    expect(r.issues[0]!.code).toBe('phy-retimers-insufficient');
    const advice = r.proposals[0]!.advice.join('\n');
    expect(advice).toContain('with Isola Tachyon 100G (ultra-low-loss) traces, 2 retimer(s) suffice');
    // shortest feasible: 3 × 36 = 108 = 18 + L × 1.289/25.4 → L = 1773.5 mm
    expect(advice).toContain('to at most 1773 mm');
  });

  it('leaves passing links alone', () => {
    const ch: Segment[] = [cpu, { type: 'loss', lossDb: 10, note: 'short' }, gpu];
    const r = placeRetimers(
      design(cpuGpu(5), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch)]),
      testCatalog,
    );
    expect(r.proposals).toEqual([]);
  });

  it('a link failing for another reason (a Gen5 retimer on a Gen6 link) gets a warning, not a proposal', () => {
    const rt = comp('node0/rt0', 'retimer', 'test-rt-g5', [port('a', 16, 5)]);
    const ch: Segment[] = [cpu, { type: 'device', component: 'node0/rt0' }, gpu];
    const r = placeRetimers(
      design(cpuGpu(6, [rt]), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch, { gen: 6 })]),
      testCatalog,
    );
    expect(r.proposals).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'phy-fail-not-loss' })]);
  });
});
