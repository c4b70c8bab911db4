// Hand checks of catalog figures against arithmetic written out here and the sourced reference values.
import { describe, expect, it } from 'vitest';
import { builtinCatalog, findCable, findPart, findStandardById } from './catalog.js';

const c = builtinCatalog();
const std = (id: string) => {
  const s = findStandardById(c, id);
  if (!s) throw new Error(`missing standard ${id}`);
  return s;
};
const part = (id: string) => {
  const p = findPart(c, id);
  if (!p) throw new Error(`missing part ${id}`);
  return p;
};
const splitSum = (id: string) => {
  const b = std(id).budgetSplit!;
  return b.rootPackageDb + b.cemConnectorDb + b.addInCardDb + b.systemBoardDb;
};
/** x16 usable bandwidth per direction in GB/s: rate × 16 lanes × coding efficiency / 8 bits. */
const x16GBps = (id: string) => (std(id).rateGTps! * 16 * std(id).encodingEfficiency!) / 8;

describe('PCIe budgets and bandwidth', () => {
  it('splits Gen3/Gen4/Gen5 budgets as the sources do', () => {
    expect(splitSum('pcie3')).toBeCloseTo(3.5 + 1.7 + 6.5 + 10.3, 9); // 22 dB @4 GHz
    expect(splitSum('pcie3')).toBeCloseTo(22, 9);
    expect(splitSum('pcie4')).toBeCloseTo(5 + 1.5 + 8 + 13.5, 9); // 28 dB @8 GHz
    expect(splitSum('pcie4')).toBeCloseTo(28, 9);
    expect(splitSum('pcie5')).toBeCloseTo(9 + 1.5 + 9.5 + 16, 9); // 36 dB @16 GHz
    expect(splitSum('pcie5')).toBeCloseTo(36, 9);
  });

  it('gives Gen5 x16 = 32 × 16 × 128/130 / 8 = 63.015 GB/s per direction (the "63 GB/s" of §1.1)', () => {
    // 32 × 16 = 512 Gb/s; × 128/130 = 504.12 Gb/s; / 8 = 63.015 GB/s
    expect(Math.abs(x16GBps('pcie5') - 63.015)).toBeLessThan(0.01);
  });

  it('gives Gen4 x16 = 31.5 GB/s and Gen3 x16 = 15.75 GB/s per direction', () => {
    expect(Math.abs(x16GBps('pcie4') - 31.508)).toBeLessThan(0.01); // 16 × 16 × 128/130 / 8
    expect(Math.abs(x16GBps('pcie3') - 15.754)).toBeLessThan(0.01); // 8 × 16 × 128/130 / 8
  });

  it('gives Gen6 x16 = 64 × 16 × 236/256 / 8 = 118 GB/s (glennklockwood)', () => {
    // 64 × 16 = 1024 Gb/s; × 236/256 = 944 Gb/s; / 8 = 118 GB/s
    expect(x16GBps('pcie6')).toBeCloseTo(118, 9);
  });
});

describe('scale-up links', () => {
  it('gives H100 18 NVLink 4 links: 36 lanes / 2 × 25 GB/s = 450 GB/s per direction', () => {
    const lanes = part('nvidia-h100-sxm5').ports.find((p) => p.protocol === 'nvlink')!.lanes;
    expect((lanes / std('nvlink4').lanesPerLink!) * std('nvlink4').linkGBpsPerDir!).toBe(450);
  });

  it('gives B200 36 lanes / 2 × 50 GB/s = 900 GB/s and A100 48 / 4 × 25 = 300 GB/s per direction', () => {
    const nvl = (id: string) => part(id).ports.find((p) => p.protocol === 'nvlink')!.lanes;
    expect((nvl('nvidia-b200') / 2) * 50).toBe(900);
    expect((nvl('nvidia-a100-sxm4') / std('nvlink3').lanesPerLink!) * std('nvlink3').linkGBpsPerDir!).toBe(
      300,
    );
  });

  it('gives MI300X 7 xGMI links × 64 GB/s = 448 GB/s per direction (stas00: 448)', () => {
    const xgmi = part('amd-mi300x').ports.find((p) => p.protocol === 'infinity-fabric')!;
    expect(xgmi.count! * std('xgmi-mi300x').linkGBpsPerDir!).toBe(448);
  });

  it('gives a UALink x4 port 4 × 200 / 8 = 100 GB/s raw and 93 GB/s at 93 % efficiency', () => {
    const u = std('ualink1');
    expect((4 * u.laneRateGbps!) / 8).toBe(u.linkGBpsPerDir);
    expect(u.linkGBpsPerDir! * u.encodingEfficiency!).toBeCloseTo(93, 9);
  });
});

describe('media and memory', () => {
  it('derives 26 AWG twinax loss per metre from 18-22 dB and 26-32 dB over 5 m', () => {
    const loss = findCable(c, 'dac-25g-nrz')!.lossPerM!;
    expect(loss).toEqual([
      { freqGHz: 26.5625 / 2, db: (18 + 22) / 2 / 5 }, // 4.0 dB/m at the Nyquist of 26.5625 GBd
      { freqGHz: 53.125 / 2, db: (26 + 32) / 2 / 5 }, // 5.8 dB/m at the Nyquist of 53.125 GBd
    ]);
  });

  it('gives Xeon 8480C 8 × DDR5-4800 = 8 × 4800 MT/s × 8 B = 307.2 GB/s', () => {
    expect(part('intel-xeon-8480c').memoryBandwidthGBps).toBeCloseTo((8 * 4800 * 8) / 1000, 9);
  });

  it('gives Tomahawk 5 64 × 8 lanes × 100 Gb/s = 51.2 Tb/s', () => {
    const p = part('broadcom-tomahawk5').ports[0]!;
    expect((p.count! * p.lanes * p.laneRateGbps!) / 1000).toBeCloseTo(51.2, 9);
  });
});
