/** The one meaning of a link's calibrated capacity: which fitted efficiency applies, in which order. */
import { describe, expect, it } from 'vitest';
import type { Calibration } from '../model/index.js';
import { calibratedGBps, classFamily, linkClassOf, type CalibratedLink } from './calibration.js';

const cal = (params: Record<string, number>): Calibration => ({
  calibrationVersion: 1,
  params: Object.fromEntries(
    Object.entries(params).map(([k, value]) => [k, { value, unit: 'ratio', fittedFrom: ['t'], samples: 1 }]),
  ),
});
// an NVLink 4 bundle of 18 links: 18 x 25 GB/s raw, NCCL's 18 x 20.6 = 370.8 GB/s
const nvlink: CalibratedLink = { rawGBps: 450, ncclGBps: 370.8, protocol: 'nvlink', gen: 4, tier: 'scaleup' };

describe('calibratedGBps', () => {
  it('no calibration or no raw rate: no calibrated figure (pick falls back to NCCL, then raw)', () => {
    expect(calibratedGBps(nvlink, null)).toBeNull();
    expect(calibratedGBps({ ...nvlink, rawGBps: null }, cal({ 'efficiency.nvlink.p2p': 0.9 }))).toBeNull();
  });

  it("the class's collective fit first, then the protocol's path fit: raw x efficiency", () => {
    const both = cal({ 'collective.efficiency.nvlink.gen4': 0.8116, 'efficiency.nvlink.p2p': 0.9 });
    expect(calibratedGBps(nvlink, both)).toBeCloseTo(450 * 0.8116, 9); // 365.22
    expect(calibratedGBps(nvlink, cal({ 'efficiency.nvlink.p2p': 0.9 }))).toBeCloseTo(405, 9);
  });

  it("without a fit of its own, NCCL's figure stands; the tier's median only where NCCL has none", () => {
    const tierOnly = cal({ 'collective.efficiency.scaleup': 0.7 });
    expect(calibratedGBps(nvlink, tierOnly)).toBeNull();
    expect(calibratedGBps({ ...nvlink, ncclGBps: null }, tierOnly)).toBeCloseTo(315, 9);
    // scale-out links read the scaleout tier, not scaleup
    const nic: CalibratedLink = {
      rawGBps: 50,
      ncclGBps: null,
      protocol: 'ethernet',
      gen: null,
      tier: 'scaleout',
    };
    expect(calibratedGBps(nic, tierOnly)).toBeNull();
  });

  it('a host-staged link takes its class, then its family, never the direct path fit', () => {
    const pcie: CalibratedLink = {
      rawGBps: 14.2,
      ncclGBps: 12,
      protocol: 'pcie',
      gen: 3,
      tier: 'scaleup',
      hostStaged: true,
    };
    expect(linkClassOf('pcie', 3, true)).toBe('pcie.gen3.host-staged');
    expect(classFamily('pcie.gen3.host-staged')).toBe('pcie.host-staged');
    expect(calibratedGBps(pcie, cal({ 'collective.efficiency.pcie.host-staged': 0.5 }))).toBeCloseTo(7.1, 9);
    expect(calibratedGBps(pcie, cal({ 'efficiency.pcie.p2p': 0.9 }))).toBeNull();
  });
});
