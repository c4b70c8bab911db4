/**
 * Issue #7 planner test, 1,024 nodes: three tiers at k = 64; counts equal the closed forms; the in-memory
 * design passes the structural and physical checks (the file loader is not needed for this size).
 */
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/check/index.js';
import { analyzePhysical } from '../../src/phy/index.js';
import { planCluster } from '../../src/plan/index.js';
import { loadPreset } from './preset.js';

describe('plan: 1,024 × hgx-h100-8, rail-optimised, 400G NDR at 1:1', () => {
  const { presets, catalog } = loadPreset('hgx-h100-8');
  const plan = planCluster({ nodes: 1024, scaleOut: '400g-ib', rackPowerKw: 40 }, catalog, presets);

  it('needs three tiers: counts equal the closed forms', () => {
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // leaves = 8 × ceil(1024/32) = 256; pods = 256/32 = 8; spines = 8 × 32 = 256; super-spines = ceil(256·32/64) = 128
    expect(plan.clos).toMatchObject({ tiers: 3, pods: 8 });
    expect(plan.counts).toMatchObject({
      leaves: 256,
      spines: 256,
      superSpines: 128,
      nicLeafCables: 1024 * 8,
      leafSpineCables: 256 * 32,
      spineSuperSpineCables: 256 * 32,
    });
  });

  it(
    'uses every switch port at most once and passes the structural and physical checks',
    { timeout: 120_000 },
    () => {
      const design = plan.design!;
      const structural = checkStructure(design, catalog).issues.filter((i) => i.severity !== 'info');
      expect(structural).toEqual([]);
      const phy = analyzePhysical(design, catalog);
      expect(phy.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(phy.links.filter((l) => l.verdict === 'fail').length).toBe(0);
    },
  );
});
