// Issue #7's Gen5-vs-Gen6 use case (docs/compare.md): the same PCIe server at two generations, hand-checked.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../src/api/index.js';

const doc = (name: string) => fileURLToPath(new URL(`../../docs/examples/${name}`, import.meta.url));

describe('compare: Gen5 vs Gen6 versions of the same 8-accelerator PCIe server', () => {
  const r = compareDesigns([doc('pcie-gen5-server.yaml'), doc('pcie-gen6-server.yaml')]);
  const [gen5, gen6] = r.rows;

  it('loads both designs without errors or warnings', () => {
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.accelerators, x.pcieSwitches])).toEqual([
      ['pcie-gen5-server', 8, 2],
      ['pcie-gen6-server', 8, 2],
    ]);
  });

  it('defines the scale-up domain as the 4 accelerators behind one switch (PIX)', () => {
    expect([gen5!.scaleUpDomainSize, gen6!.scaleUpDomainSize]).toEqual([4, 4]);
  });

  it('gives the per-accelerator PCIe bandwidth of one x16 link per direction', () => {
    // Gen5: 32 GT/s × 16 / 8 × 128/130 × 256/(256 + 20 + 8) (TLP + DLLP per 256 B payload) = 56.80 GB/s
    const gen5GBps = ((32 * 16) / 8) * (128 / 130) * (256 / (256 + 20 + 8));
    // Gen6: 64 GT/s × 16 / 8 × 236/256 (FLIT) × 256/(256 + 16) (FLIT-mode TLP header) = 111.06 GB/s
    const gen6GBps = ((64 * 16) / 8) * (236 / 256) * (256 / (256 + 16));
    expect(gen5!.scaleUpGBpsPerAccelerator.rawGBps).toBeCloseTo(gen5GBps, 2);
    expect(gen6!.scaleUpGBpsPerAccelerator.rawGBps).toBeCloseTo(gen6GBps, 2);
    // Line coding alone gives (64·236/256)/(32·128/130) = 1.873; the smaller FLIT header lifts it to 1.955.
    expect(gen6GBps / gen5GBps).toBeCloseTo(1.955, 3);
  });

  it('needs one Aries 6 per accelerator channel at Gen6 and none at Gen5', () => {
    expect(gen5!.retimers).toBe(0);
    expect(gen6!.retimers - gen5!.retimers).toBe(8);
    // Known-power difference: 8 Aries 6 × 11 W, 8 NICs ConnectX-8 50 W instead of ConnectX-7 25 W, and the
    // 2 PEX89144 (54 W each) are replaced by PEX90144 that have no power figure: 88 + 200 − 108 = 180 W.
    expect(gen6!.powerW - gen5!.powerW).toBeCloseTo(8 * 11 + 8 * (50 - 25) - 2 * 54, 6);
  });

  it('takes the worst margin from the channel sums in the files', () => {
    // Gen5 switch→accelerator: 9 + 10 in × 0.47 + 1.5 + 12 in × 0.47 + 9 = 29.84 dB of 36 dB → 6.16 dB
    expect(gen5!.worstMarginDb).toBeCloseTo(36 - (9 + 10 * 0.47 + 1.5 + 12 * 0.47 + 9), 2);
    // Gen6: retimed accelerator segments 8 + 4.7 + 1.5 = 14.2 dB of 32; NIC 21.65 dB of 32; the Gen5 uplink
    // 9 + 10 × 0.47 + 2 × 0.7 + 1.5 + 3 × 0.47 + 9 = 27.01 dB of 36 → 8.99 dB is the worst.
    expect(gen6!.worstMarginDb).toBeCloseTo(36 - (9 + 10 * 0.47 + 2 * 0.7 + 1.5 + 3 * 0.47 + 9), 2);
  });

  it('adds the retimers and FEC to the in-domain latency', () => {
    // Both switches at the 115 ns Gen5 switch figure; Gen6 adds 2 × 10 ns Aries 6 and 2 × 2 ns FEC (estimate).
    expect(gen5!.p2pLatencyNs).toBeCloseTo(115, 6);
    expect(gen6!.p2pLatencyNs).toBeCloseTo(115 + 2 * 10 + 2 * 2, 6);
  });

  it('doubles busbw inside a switch but not across the Gen5 host uplinks', () => {
    const ratio = gen6!.allReduceBusbwGBps.domainGBps! / gen5!.allReduceBusbwGBps.domainGBps!;
    expect(ratio).toBeGreaterThan(1.8);
    expect(gen5!.allReduceBusbwGBps.domainGBps!).toBeLessThan(56.8);
    expect(gen6!.allReduceBusbwGBps.domainGBps!).toBeLessThan(111.06);
    // Across both switches every ring and exchange crosses a Gen5 x16 uplink (56.80 GB/s raw) in both designs.
    expect(gen6!.allReduceBusbwGBps.wholeGBps).toBeCloseTo(gen5!.allReduceBusbwGBps.wholeGBps!, 2);
    expect(gen6!.allToAllBusbwGBps.wholeGBps).toBeCloseTo(gen5!.allToAllBusbwGBps.wholeGBps!, 2);
    // all_to_all: each switch sends 4 GPUs × 4/8 of S over one uplink → algbw ≤ 56.80 / 2, busbw ≤ that × 7/8.
    expect(gen5!.allToAllBusbwGBps.wholeGBps!).toBeLessThanOrEqual((56.8 / 2) * (7 / 8));
  });
});
