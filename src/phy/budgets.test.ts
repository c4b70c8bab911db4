import { describe, it, expect } from 'vitest';
import { analyzePhysical } from './analyze.js';
import { planCables } from './cables.js';
import { comp, cpuGpu, design, link, port, testCatalog } from '../../test/support/design-builder.js';
import { mmFromInches, type Link, type Protocol, type Segment } from '../model/index.js';

const loss = (lossDb: number): Segment => ({ type: 'loss', lossDb, note: 'channel' });

/** Two NICs joined by a SerDes link of `protocol`, with the whole channel given as one loss. */
function serdes(protocol: Protocol, more: Partial<Link>, lossDb: number) {
  const nic = (id: string) => comp(id, 'nic', 'test-nic-x8', [port('p0', 4, null, 'peer', protocol)]);
  return analyzePhysical(
    design(
      [nic('node0/nic0'), nic('node1/nic0')],
      [link('E', 'node0/nic0.p0', 'node1/nic0.p0', [loss(lossDb)], { protocol, width: 4, ...more })],
    ),
    testCatalog,
  );
}

describe('recommended margin: catalog default, per design, per call', () => {
  // The hand-computed Gen5 case: 9 + 14 × 0.47 + 1.5 + 9.5 = 26.58 dB, margin 36 − 26.58 = 9.42 dB.
  const channel: Segment[] = [
    { type: 'package', component: 'node0/cpu0' },
    { type: 'trace', material: 'megtron6', lengthMm: mmFromInches(14) },
    { type: 'connector', part: 'cem' },
    { type: 'add-in-card' },
    { type: 'package', component: 'node0/gpu0' },
  ];
  const d = (pct: number | null) =>
    design(cpuGpu(5), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', channel)], {
      recommendedMarginPct: pct,
    });

  it('the design setting raises the bar: 30 % of 36 dB = 10.8 dB > 9.42 dB margin → warn', () => {
    const r = analyzePhysical(d(30), testCatalog);
    expect(r.links[0]!.marginDb).toBeCloseTo(9.42, 2);
    expect(r.links[0]!.verdict).toBe('warn');
    expect(r.issues.find((i) => i.code === 'phy-low-margin')!.message).toBe(
      'L: margin 9.42 dB is under the recommended 30 % of the 36 dB budget',
    );
  });

  it('the catalog default (15 % = 5.4 dB) passes it, and the option overrides the design (20 % = 7.2 dB)', () => {
    expect(analyzePhysical(d(null), testCatalog).links[0]!.verdict).toBe('pass');
    expect(analyzePhysical(d(30), testCatalog, { recommendedMarginPct: 20 }).links[0]!.verdict).toBe('pass');
  });
});

describe('SerDes budgets where the catalog has one, and none invented where it has not', () => {
  it('25G Ethernet lanes use the NRZ KR4/CR4 budget (35 dB at 12.9 GHz), not the PAM4 KP4 one', () => {
    // 30 dB against 35: margin 5 dB, under 15 % × 35 = 5.25 dB → warn
    const l = serdes('ethernet', { laneRateGbps: 25 }, 30).links[0]!;
    expect(l).toMatchObject({ budgetDb: 35, marginDb: 5, verdict: 'warn', gen: null, trainedGen: null });
  });

  it('50G PAM4 lanes: 31 dB exceeds the 30 dB budget → fail with an error', () => {
    const r = serdes('ethernet', { laneRateGbps: 50 }, 31);
    expect(r.links[0]).toMatchObject({ budgetDb: 30, marginDb: -1, verdict: 'fail' });
    expect(r.issues.find((i) => i.code === 'phy-fail')!.severity).toBe('error');
  });

  it('100G-per-lane Ethernet: 35 dB at 26.56 GHz (AMD xapp1392); 20 dB passes with 15 dB, 36 dB fails', () => {
    const eth = serdes('ethernet', { laneRateGbps: 100 }, 20);
    expect(eth.links[0]).toMatchObject({ lossDb: 20, budgetDb: 35, marginDb: 15, verdict: 'pass' });
    expect(serdes('ethernet', { laneRateGbps: 100 }, 36).links[0]).toMatchObject({
      marginDb: -1,
      verdict: 'fail',
    });
  });

  it('NVLink 5 (200G-class, 40 dB estimate): 38 dB is inside, margin 2 dB < 15 % × 40 = 6 dB → warn', () => {
    const nvl = serdes('nvlink', { gen: 5 }, 38);
    expect(nvl.links[0]).toMatchObject({ budgetDb: 40, marginDb: 2, verdict: 'warn', trainedGen: 5 });
  });

  it('no budget is invented where no source gives one (PCIe Gen2): loss shown, verdict unknown, said so', () => {
    const r = serdes('pcie', { gen: 2 }, 10);
    expect(r.links[0]).toMatchObject({ lossDb: 10, budgetDb: null, marginDb: null, verdict: 'unknown' });
    expect(r.issues.find((i) => i.code === 'phy-no-budget')!.message).toBe(
      'no sourced loss budget for Gen2; loss reported without a verdict',
    );
  });
});

describe('too many retimers', () => {
  it('three retimers on a PCIe link fail it even though every segment is short', () => {
    const rts = [0, 1, 2].map((n) => comp(`node0/rt${n}`, 'retimer', 'test-rt-g5', [port('a', 16, 5)]));
    const dev = (n: number): Segment => ({ type: 'device', component: `node0/rt${n}` });
    const ch = [loss(5), dev(0), loss(5), dev(1), loss(5), dev(2), loss(5)];
    const r = analyzePhysical(
      design(cpuGpu(5, rts), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch)]),
      testCatalog,
    );
    expect(r.links[0]).toMatchObject({ retimersPresent: 3, marginDb: 31, verdict: 'fail' });
    expect(r.issues.find((i) => i.code === 'phy-too-many-retimers')!.severity).toBe('error');
  });
});

describe('cable preference: per call, else per design', () => {
  const cabled = (lengthMm: number, settings = {}) =>
    design(
      cpuGpu(5),
      [
        link(
          'C',
          'node0/cpu0.pcie0',
          'node0/gpu0.pcie',
          [{ type: 'cable', part: 'test-pcie-copper', lengthMm }],
          {
            gen: 5,
          },
        ),
      ],
      settings,
    );
  it('1 m at Gen5: copper (0 W) for power, the 7 m AEC for reach; the call overrides the design', () => {
    expect(planCables(cabled(1000), testCatalog).rows[0]!.recommended).toBe('test-pcie-copper');
    const reach = cabled(1000, { cablePreference: 'reach' });
    expect(planCables(reach, testCatalog).rows[0]).toMatchObject({
      recommended: 'test-aec-pcie5',
      powerWPerEnd: 5,
    });
    expect(planCables(reach, testCatalog, 'power').rows[0]!.recommended).toBe('test-pcie-copper');
  });
  it('10 m is longer than any Gen5 option: an error naming the 7 m maximum reach', () => {
    const r = planCables(cabled(10_000), testCatalog);
    expect(r.rows[0]!.recommended).toBeNull();
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'phy-cable-too-long' });
    expect(r.issues[0]!.message).toContain('the maximum reach is 7 m (test-aec-pcie5)');
  });
});

describe('retimed cables count against the retimer limit', () => {
  it('two AECs around 31 in of FR-4: one more retimer would make three resets, so none is "needed"', () => {
    const aec: Segment = { type: 'cable', part: 'test-aec-pcie5', lengthMm: 1000 };
    const fr4: Segment = { type: 'trace', material: 'fr4', lengthMm: mmFromInches(31) };
    const ch: Segment[] = [{ type: 'package', component: 'node0/cpu0' }, aec, fr4, aec, loss(5)];
    const r = analyzePhysical(
      design(cpuGpu(5), [link('L', 'node0/cpu0.pcie0', 'node0/gpu0.pcie', ch, { gen: 5 })]),
      testCatalog,
    );
    // segments 9 | 31 × 1.289 = 39.959 | 5 dB: the middle one fails the 36 dB budget by 3.959 dB;
    // a retimer mid-trace would fix it, but the limit is two and the AECs are two
    expect(r.links[0]).toMatchObject({ retimersPresent: 2, retimersNeeded: null, verdict: 'fail' });
    expect(r.links[0]!.marginDb).toBeCloseTo(-3.959, 6);
  });
});

describe('cables in a channel', () => {
  const withCable = (protocol: Protocol, lengthMm: number) =>
    analyzePhysical(
      design(cpuGpu(5), [
        link(
          'C',
          'node0/cpu0.pcie0',
          'node0/gpu0.pcie',
          [{ type: 'cable', part: 'test-pcie-copper', lengthMm }],
          {
            protocol,
            gen: 5,
          },
        ),
      ]),
      testCatalog,
    );
  it('a cable that does not carry the protocol is an error; CXL rides PCIe cables', () => {
    expect(withCable('cxl', 1000).issues.map((i) => i.code)).not.toContain('phy-cable-protocol');
    // 1 m × 8 dB/m at 16 GHz + 2 dB connectors = 10 dB
    expect(withCable('cxl', 1000).links[0]).toMatchObject({ lossDb: 10, verdict: 'pass' });
    const eth = withCable('ethernet', 1000).issues.find((i) => i.code === 'phy-cable-protocol')!;
    expect(eth).toMatchObject({ severity: 'error', modelPath: 'links[0].channel[0]' });
    expect(eth.message).toBe('C: cable test-pcie-copper carries pcie, not ethernet');
  });
  it('a passive cable past its 2 m reach trains at no generation', () => {
    const r = withCable('pcie', 3000);
    expect(r.links[0]).toMatchObject({ verdict: 'fail', trainedGen: null });
    expect(r.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['phy-cable-too-long', 'phy-no-train']),
    );
  });
});
