import { describe, it, expect } from 'vitest';
import { analyzePhysical } from './analyze.js';
import { placeRetimers } from './place-retimers.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import { mmFromInches, type Segment } from '../model/index.js';

// Test figures (test/support/design-builder.ts): Megtron 6 0.47 dB/in at 16 GHz; cable test-pcie-copper 8 dB/m at
// 16 GHz + 2 dB for both connectors, rated 2 m; packages without a figure take the root-package allowance
// (Gen5 9 dB, Gen6 8 dB). Cabled split (catalog pcie5 / pcie6, estimate): host 12.5 / cable 11 dB at Gen5,
// host 11 / cable 10 dB at Gen6.
const cpu: Segment = { type: 'package', component: 'node0/cpu0' };
const gpu: Segment = { type: 'package', component: 'node0/gpu0' };
const m6 = (inches: number): Segment => ({
  type: 'trace',
  material: 'megtron6',
  lengthMm: mmFromInches(inches),
});
const cable = (m: number): Segment => ({ type: 'cable', part: 'test-pcie-copper', lengthMm: m * 1000 });

function cabled(gen: 5 | 6, hostIn: number, cableM: number, farIn: number, extra: Segment[] = []) {
  const ch = [cpu, m6(hostIn), ...extra, cable(cableM), m6(farIn), gpu];
  return design(cpuGpu(gen), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch, { gen })]);
}

describe('a cabled channel is host side + cable + far side, each against the cabled split', () => {
  it('Gen6: 8 + 2 × 0.47 | 0.5 × 8 + 2 | 2 × 0.47 + 8 = 8.94 + 6 + 8.94 = 23.88 dB of 32 → pass', () => {
    const l = analyzePhysical(cabled(6, 2, 0.5, 2), testCatalog).links[0]!;
    expect(l.lossDb).toBeCloseTo(23.88, 6);
    expect(l.marginDb).toBeCloseTo(8.12, 6);
    expect(l.verdict).toBe('pass');
    const parts = l.segments[0]!.parts!;
    expect(parts.map((p) => [p.name, p.allocationDb])).toEqual([
      ['host side', 11],
      ['cable', 10],
      ['far side', 11],
    ]);
    expect(parts[0]!.lossDb).toBeCloseTo(8.94, 6);
    expect(parts[1]!.lossDb).toBeCloseTo(6, 6);
    expect(parts[2]!.lossDb).toBeCloseTo(8.94, 6);
    // reach is derived from loss: (10 − 2) / 8 = 1 m at Gen6
    expect(parts[1]!.derivedReachM).toBeCloseTo(1, 6);
    // host and far side tie at 2.06 dB of margin; the cable has 4 dB: the host side dominates (first of the tie)
    expect(l.dominant).toBe('host side');
  });

  it('Gen5: 9 + 4 × 0.47 | 1 × 8 + 2 | 3 × 0.47 + 9 = 10.88 + 10 + 10.41 = 31.29 dB of 36; the cable dominates', () => {
    const l = analyzePhysical(cabled(5, 4, 1, 3), testCatalog).links[0]!;
    expect(l.lossDb).toBeCloseTo(31.29, 6);
    // margin 4.71 dB < 15 % of 36 = 5.4 dB → warn (low margin)
    expect(l.verdict).toBe('warn');
    const [host, c, far] = l.segments[0]!.parts!;
    expect(host!.marginDb).toBeCloseTo(12.5 - 10.88, 6);
    expect(c!.marginDb).toBeCloseTo(11 - 10, 6);
    expect(far!.marginDb).toBeCloseTo(12.5 - 10.41, 6);
    expect(c!.derivedReachM).toBeCloseTo((11 - 2) / 8, 6);
    expect(l.dominant).toBe('cable');
  });

  it('40 in of trace before the cable fails at Gen6 naming the host side: 26.8 + 6 + 8.94 = 41.74 dB', () => {
    const r = analyzePhysical(cabled(6, 40, 0.5, 2), testCatalog);
    const l = r.links[0]!;
    expect(l.lossDb).toBeCloseTo(41.74, 6);
    expect(l.verdict).toBe('fail');
    expect(l.dominant).toBe('host side');
    const msg = r.issues.find((i) => i.code === 'phy-downtrain' || i.code === 'phy-no-train')!.message;
    expect(msg).toContain('channel 41.7 dB exceeds the Gen6 budget of 32 dB by 9.7 dB');
    expect(msg).toContain('dominated by host side 26.8 dB of its 11 dB allocation');
  });

  it('a side over its allocation warns even when the sum closes: host 8 + 8 × 0.47 = 11.76 > 11 dB', () => {
    // 11.76 + (0.25 × 8 + 2) + (1 × 0.47 + 8) = 24.23 dB, margin 7.77 dB (above the 4.8 dB recommendation)
    const r = analyzePhysical(cabled(6, 8, 0.25, 1), testCatalog);
    const l = r.links[0]!;
    expect(l.lossDb).toBeCloseTo(24.23, 6);
    expect(l.verdict).toBe('warn');
    expect(l.dominant).toBe('host side');
    const w = r.issues.find((i) => i.code === 'phy-split-exceeded')!;
    expect(w.message).toBe(
      'L: host side 11.76 dB exceeds its 11 dB Gen6 cabled allocation; the channel closes with this cable (margin 7.77 dB), but a compliant cable at its rated reach may not',
    );
  });

  it('a channel at a generation with no cabled split (Gen4) is judged on its sum alone', () => {
    const d = cabled(6, 2, 0.5, 2);
    d.links[0]!.gen = 4;
    const l = analyzePhysical(d, testCatalog).links[0]!;
    expect(l.segments[0]!.parts).toBeNull();
    expect(l.budgetDb).toBe(28);
  });
});

describe('the right cause, with its fix', () => {
  it('cable beyond its rated reach: 2.5 m of a 2 m cable does not train, and says so (not "a part lacks Gen6")', () => {
    const r = analyzePhysical(cabled(6, 1, 2.5, 1), testCatalog);
    expect(r.links[0]).toMatchObject({
      verdict: 'fail',
      trainedGen: null,
      dominant: 'cable test-pcie-copper',
    });
    const e = r.issues.find((i) => i.code === 'phy-no-train')!;
    expect(e.message).toBe(
      'L link does not train at any generation: cable test-pcie-copper is 2.5 m, beyond its rated reach of 2 m at Gen6',
    );
    expect(e.hint).toContain('an active cable (AEC) or optics');
  });

  it('part lacks the generation: a Gen6 link to a Gen5 GPU trains at Gen5 and names the GPU', () => {
    const comps = [
      comp('node0/cpu0', 'cpu', 'test-cpu-g6', [port('pcie0', 16, 6, 'downstream')]),
      comp('node0/gpu0', 'accelerator', 'test-gpu-g5', [port('pcie', 16, 5, 'upstream')]),
    ];
    const d = design(comps, [
      link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', [cpu, m6(2), gpu], { gen: 6 }),
    ]);
    const r = analyzePhysical(d, testCatalog);
    expect(r.links[0]).toMatchObject({ verdict: 'fail', trainedGen: 5 });
    const w = r.issues.find((i) => i.code === 'phy-downtrain')!;
    expect(w.message).toBe('L link trains at Gen5 x16: the to end (test-gpu-g5) supports only Gen5');
    expect(w.hint).toContain('support Gen6');
  });

  it('channel loss over budget: names the loss, the dominating part and the retimer that fixes it', () => {
    const r = analyzePhysical(cabled(6, 40, 0.5, 2), testCatalog);
    const msg = r.issues.find((i) => i.code === 'phy-downtrain')!.message;
    // one retimer halves 41.74 dB: 8 + x × 0.47 = 20.87 → x = 27.383 in = 695.5 mm from the CPU
    expect(msg).toMatch(/one retimer at 696 mm fixes it$/);
  });

  it('retimer limit reached: two retimers already in the channel and it still fails', () => {
    const rt = (i: number) =>
      comp(`node0/rt${i}`, 'retimer', 'test-rt-g6', [port('a', 16, 6), port('b', 16, 6)]);
    const dev = (i: number): Segment => ({ type: 'device', component: `node0/rt${i}` });
    // three 40 in stretches of Megtron 6 (18.8 dB each) separated by two retimers: 8 + 18.8 = 26.8,
    // 18.8 + 18.8 = 37.6 (over 32), 18.8 + 8 = 26.8
    const ch = [cpu, m6(40), dev(0), m6(40), m6(40), dev(1), m6(40), gpu];
    const d = design(cpuGpu(6, [rt(0), rt(1)]), [
      link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch, { gen: 6 }),
    ]);
    const r = analyzePhysical(d, testCatalog);
    expect(r.links[0]!.verdict).toBe('fail');
    const i = r.issues.find((x) => x.code === 'phy-downtrain' || x.code === 'phy-no-train')!;
    expect(i.message).toContain('exceeds the Gen6 budget of 32 dB by 5.6 dB');
    expect(i.message).toContain('the retimer limit (2 per link) is reached');
    expect(i.hint).toContain('lower-loss material');
  });
});

describe('place-retimers on a cabled Gen6 channel', () => {
  it('puts one retimer into the 40 in host trace; the fixed design passes at Gen6', () => {
    const d = cabled(6, 40, 0.5, 2);
    const r = placeRetimers(d, testCatalog);
    expect(r.proposals).toHaveLength(1);
    const p = r.proposals[0]!;
    expect(p).toMatchObject({ count: 1, feasible: true, part: 'test-rt-g6' });
    // (41.74 / 2 − 8) / 0.47 = 27.383 in into the host trace
    expect(p.cuts[0]!.offsetMm).toBeCloseTo(((41.74 / 2 - 8) / 0.47) * 25.4, 4);
    const fixed = analyzePhysical(r.design, testCatalog).links[0]!;
    expect(fixed).toMatchObject({ verdict: 'pass', trainedGen: 6, retimersPresent: 1 });
    // the cable segment after the retimer: 12.62 in of trace (5.93 dB) is now the host side
    expect(fixed.segments[1]!.parts![0]!.lossDb).toBeCloseTo(41.74 / 2 - 6 - 8.94, 4);
  });
});
