import { describe, it, expect } from 'vitest';
import { analyzePhysical, trainedLinkStates } from './analyze.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import { mmFromInches } from '../model/index.js';
import type { Segment } from '../model/index.js';

const cpu: Segment = { type: 'package', component: 'node0/cpu0' };
const gpu: Segment = { type: 'package', component: 'node0/gpu0' };
const cem: Segment = { type: 'connector', part: 'cem' };
const aic: Segment = { type: 'add-in-card' };
const run = (channel: Segment[], extra = cpuGpu(5), more = {}) =>
  analyzePhysical(
    design(extra, [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', channel, more)]),
    testCatalog,
  );

describe('analyzePhysical: hand-computed Gen5 x16 budgets', () => {
  it('package 9 + 14 in Megtron 6 + CEM 1.5 + AIC 9.5 (card package inside the AIC allowance)', () => {
    const r = run([cpu, { type: 'trace', material: 'megtron6', lengthMm: mmFromInches(14) }, cem, aic, gpu]);
    const l = r.links[0]!;
    // 9 + 14 × 0.47 + 1.5 + 9.5 + 0 = 26.58 dB; margin 36 − 26.58 = 9.42 dB (> 15 % × 36 = 5.4 dB)
    expect(l.lossDb).toBeCloseTo(26.58, 2);
    expect(l.marginDb).toBeCloseTo(9.42, 2);
    expect(l).toMatchObject({
      gen: 5,
      budgetDb: 36,
      verdict: 'pass',
      trainedGen: 5,
      trainedWidth: 16,
      retimersNeeded: 0,
      retimersPresent: 0,
    });
    expect(l.segments[0]!.items.find((i) => i.label.startsWith('package test-gpu'))!.lossDb).toBe(0);
  });

  it('a switch on a switch card: its package is inside the AIC allowance too (the side of the connector decides)', () => {
    const sw = comp('node0/pcisw0', 'pcie-switch', 'test-sw-g5', [port('up', 16, 5, 'upstream')]);
    const swPkg: Segment = { type: 'package', component: 'node0/pcisw0' };
    const m6 = { type: 'trace', material: 'megtron6', lengthMm: mmFromInches(10) } as const;
    const at = (channel: Segment[]) =>
      analyzePhysical(
        design([cpuGpu(5)[0]!, sw], [link('L', 'node0/cpu0.pcie0', 'node0/pcisw0.up', channel)]),
        testCatalog,
      ).links[0]!.lossDb;
    // 9 (CPU) + 10 × 0.47 + 1.5 + 9.5 (card, switch package included) = 24.7 dB, in either channel order
    expect(at([cpu, m6, cem, aic, swPkg])).toBeCloseTo(24.7, 6);
    expect(at([swPkg, aic, cem, m6, cpu])).toBeCloseTo(24.7, 6);
    // without a card the switch package counts: 9 + 4.7 + 9 = 22.7 dB
    expect(at([cpu, m6, swPkg])).toBeCloseTo(22.7, 6);
  });

  it('an SXM-style GPU without an add-in card gets the root-package allowance as an estimate (info)', () => {
    const r = run([cpu, { type: 'trace', material: 'megtron6', lengthMm: mmFromInches(10) }, gpu]);
    // 9 + 10 × 0.47 + 9 = 22.7 dB
    expect(r.links[0]!.lossDb).toBeCloseTo(22.7, 2);
    expect(r.issues.map((i) => i.code)).toContain('phy-package-estimated');
  });

  it('exactly at budget passes the budget but warns (under the recommended margin)', () => {
    const r = run([cpu, { type: 'loss', lossDb: 27, note: 'rest' }]); // 9 + 27 = 36
    expect(r.links[0]).toMatchObject({ marginDb: 0, verdict: 'warn', trainedGen: 5 });
    expect(r.issues.map((i) => i.code)).toContain('phy-low-margin');
  });

  it('down-trains to Gen4 on 15 in of FR-4 and says which retimer fixes it', () => {
    const fr4 = { type: 'trace', material: 'fr4', lengthMm: mmFromInches(15) } as const;
    const r = run([cpu, fr4, { type: 'via', count: 2 }, cem, aic, gpu]);
    const l = r.links[0]!;
    // Gen5: 9 + 15 × 1.289 + 2 × 0.7 + 1.5 + 9.5 = 40.735 dB → margin −4.735
    expect(l.lossDb).toBeCloseTo(40.735, 3);
    expect(l.marginDb).toBeCloseTo(-4.735, 3);
    // Gen4 @8 GHz: 5 + 15 × 0.686 + 1.4 + 1.5 + 8 = 26.19 ≤ 28 → trains at Gen4
    expect(l).toMatchObject({ verdict: 'fail', trainedGen: 4, trainedWidth: 16, retimersNeeded: 1 });
    const msg = r.issues.find((i) => i.code === 'phy-downtrain')!.message;
    // one retimer splits 40.735 in halves: 20.3675 − 9 (package) = 11.3675 dB into the trace = 8.819 in = 224 mm
    expect(msg).toBe(
      'L link trains at Gen4 x16: channel 40.7 dB exceeds the Gen5 budget of 36 dB by 4.7 dB (dominated by trace fr4 381 mm); one retimer at 224 mm fixes it',
    );
    expect(trainedLinkStates(r).get('L')).toEqual({ gen: 4, width: 16 });
  });

  it('one retimer exactly enough: two 36 dB halves', () => {
    const r = run([
      cpu,
      { type: 'loss', lossDb: 27, note: 'a' },
      { type: 'loss', lossDb: 27, note: 'b' },
      { type: 'loss', lossDb: 9, note: 'c' },
    ]);
    expect(r.links[0]!.retimersNeeded).toBe(1); // 9 + 27 | 27 + 9
  });

  it('two-retimer limit: 129 dB cannot be split into three 36 dB segments', () => {
    const big = (n: string): Segment => ({ type: 'loss', lossDb: 40, note: n });
    const r = run([cpu, big('a'), big('b'), big('c')]);
    expect(r.links[0]!.retimersNeeded).toBeNull();
  });

  it('a retimer resets the budget: each segment is checked on its own and adds latency and power', () => {
    const rt = comp('node0/rt0', 'retimer', 'test-rt-g5', [port('a', 16, 5), port('b', 16, 5)]);
    const fr4 = (inches: number): Segment => ({
      type: 'trace',
      material: 'fr4',
      lengthMm: mmFromInches(inches),
    });
    const r = run(
      [cpu, fr4(8), { type: 'device', component: 'node0/rt0' }, fr4(7), cem, aic, gpu],
      cpuGpu(5, [rt]),
    );
    const l = r.links[0]!;
    // segment 1: 9 + 8 × 1.289 = 19.312; segment 2: 7 × 1.289 + 1.5 + 9.5 = 20.023 (worst, margin 15.977)
    expect(l.segments.map((s) => s.lossDb)).toEqual([expect.closeTo(19.312, 3), expect.closeTo(20.023, 3)]);
    expect(l).toMatchObject({
      retimersPresent: 1,
      retimersNeeded: 1,
      verdict: 'pass',
      trainedGen: 5,
      addedLatencyNs: 10,
      addedPowerW: 9,
    });
    expect(l.marginDb).toBeCloseTo(15.977, 3);
  });

  it('three retimers exceed the PCIe limit of two', () => {
    const rts = [0, 1, 2].map((n) => comp(`node0/rt${n}`, 'retimer', 'test-rt-g5', [port('a', 16, 5)]));
    const dev = (n: number): Segment => ({ type: 'device', component: `node0/rt${n}` });
    const r = run([cpu, dev(0), dev(1), dev(2), gpu], cpuGpu(5, rts));
    expect(r.issues.map((i) => i.code)).toContain('phy-too-many-retimers');
  });

  it('a Gen5 retimer on a Gen6 link limits it to Gen5 and names the cause', () => {
    const rt = comp('node0/rt0', 'retimer', 'test-rt-g5', [port('a', 16, 5)]);
    const r = run([cpu, { type: 'device', component: 'node0/rt0' }, gpu], cpuGpu(6, [rt]));
    expect(r.links[0]).toMatchObject({ gen: 5, trainedGen: 5 });
    expect(r.issues.find((i) => i.code === 'phy-gen-limited')!.message).toBe(
      'L runs at Gen5: retimer test-rt-g5 supports only Gen5 (both ends support Gen6)',
    );
    const r2 = run([cpu, { type: 'device', component: 'node0/rt0' }, gpu], cpuGpu(6, [rt]), { gen: 6 });
    expect(r2.links[0]).toMatchObject({ gen: 6, trainedGen: 5, verdict: 'fail' });
    expect(r2.issues.find((i) => i.code === 'phy-gen-unsupported')!.message).toContain(
      'retimer test-rt-g5 supports only Gen5',
    );
  });

  it('trains at the smaller width of the two ends', () => {
    const parts = [cpuGpu(5)[0]!, comp('node0/nic0', 'nic', 'test-nic-x8', [port('pcie', 8, 5, 'upstream')])];
    const r = analyzePhysical(
      design(parts, [
        link('L', 'node0/cpu0.pcie0', 'node0/nic0.pcie', [cpu, { type: 'loss', lossDb: 10, note: 'x' }]),
      ]),
      testCatalog,
    );
    expect(r.links[0]).toMatchObject({ width: 16, trainedWidth: 8 });
  });

  it('a link with no channel is unknown and keeps the reported speed and width (LnkSta)', () => {
    const r = run([], cpuGpu(5), { reported: { gen: 4, width: 8 } });
    expect(r.links[0]).toMatchObject({ verdict: 'unknown', trainedGen: 4, trainedWidth: 8, lossDb: null });
  });

  it('a redriver adds its datasheet gain, never resets the budget, and warns at Gen5', () => {
    const rd = comp('node0/rd0', 'redriver', 'test-rd-g5', []);
    const r = run(
      [cpu, { type: 'loss', lossDb: 40, note: 'board' }, { type: 'device', component: 'node0/rd0' }, gpu],
      cpuGpu(5, [rd]),
    );
    // 9 + 40 − 18 (gain @16 GHz) + 9 = 40 dB, one segment
    expect(r.links[0]!.segments).toHaveLength(1);
    expect(r.links[0]!.lossDb).toBeCloseTo(40, 6);
    expect(r.issues.map((i) => i.code)).toContain('phy-redriver-high-gen');
  });

  it('CXL uses the PCIe budget', () => {
    const r = run([cpu, { type: 'loss', lossDb: 20, note: 'x' }], cpuGpu(5), { protocol: 'cxl' });
    expect(r.links[0]).toMatchObject({ budgetDb: 36, marginDb: 7 });
  });

  it('Gen6 uses 32 dB at 16 GHz with the estimated split', () => {
    const r = run(
      [cpu, { type: 'trace', material: 'megtron6', lengthMm: mmFromInches(10) }, cem, aic, gpu],
      cpuGpu(6),
    );
    // 8 + 10 × 0.47 + 1.5 + 8.4 = 22.6 dB; margin 9.4
    expect(r.links[0]).toMatchObject({ gen: 6, budgetDb: 32 });
    expect(r.links[0]!.lossDb).toBeCloseTo(22.6, 6);
  });

  it('memoises identical channels but keeps per-link ids and issues', () => {
    const fr4 = { type: 'trace', material: 'fr4', lengthMm: mmFromInches(15) } as const;
    const d = design(cpuGpu(5), [
      link('A', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', [cpu, fr4, cem, aic, gpu]),
      link('B', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', [cpu, fr4, cem, aic, gpu]),
    ]);
    const r = analyzePhysical(d, testCatalog);
    expect(r.links.map((l) => l.id)).toEqual(['A', 'B']);
    expect(r.issues.filter((i) => i.code === 'phy-downtrain').map((i) => i.modelPath)).toEqual([
      'links[0]',
      'links[1]',
    ]);
  });
});
