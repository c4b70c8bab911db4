import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/io/index.js';
import { analyzePhysical } from '../../src/phy/index.js';

describe('physical check of the bundled examples', () => {
  it('cxl-memory-server: each CXL link is split by its Aries Gen5 retimer and passes', () => {
    const l = loadDesign('builtin:cxl-memory-server');
    const r = analyzePhysical(l.design!, l.catalog);
    const cxl = r.links.filter((x) => x.protocol === 'cxl');
    expect(cxl).toHaveLength(4);
    for (const x of cxl) {
      // before the retimer: 9 (EPYC root-package allowance) + 12 in × 0.47 + 2 × 0.7 = 16.04 dB
      // after it: 4 in × 0.47 + 1.5 (CEM) + 9.5 (add-in card, includes the Leo package) = 12.88 dB
      expect(x.segments.map((s) => s.lossDb)).toEqual([expect.closeTo(16.04, 6), expect.closeTo(12.88, 6)]);
      expect(x).toMatchObject({
        verdict: 'pass',
        budgetDb: 36,
        retimersPresent: 1,
        retimersNeeded: 0,
        trainedGen: 5,
      });
      expect(x.marginDb).toBeCloseTo(36 - 16.04, 6);
    }
  });

  it('hgx-h100-8: every PCIe link passes Gen5 and no issue is worse than info', () => {
    const l = loadDesign('builtin:hgx-h100-8');
    const r = analyzePhysical(l.design!, l.catalog);
    expect(
      r.links.filter((x) => x.protocol === 'pcie').every((x) => x.verdict === 'pass' && x.trainedGen === 5),
    ).toBe(true);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
