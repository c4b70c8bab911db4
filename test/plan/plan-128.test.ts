/**
 * Issue #7 planner test, 128 nodes: leaf, spine and cable counts equal the closed forms, and the written
 * compact file loads to the same design and passes `rackwire check` (structural and physical).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDesign, planFileYaml, planFromIntent } from '../../src/api/index.js';

describe('plan: 128 × hgx-h100-8, rail-optimised, 400G NDR at 1:1', () => {
  const r = planFromIntent(null, { nodes: 128, scaleOut: '400g-ib', rackPowerKw: 40 });
  const plan = r.plan!;

  it('has the closed-form counts', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // k = 64 (QM9700: 64 × 400G); D = U = 32; leaves = 8 × ceil(128/32) = 32; spines = ceil(32·32/64) = 16
    expect(plan.counts).toMatchObject({
      nodes: 128,
      accelerators: 1024,
      leaves: 32,
      spines: 16,
      superSpines: 0,
      nicLeafCables: 128 * 8,
      leafSpineCables: 32 * 32,
      spineSuperSpineCables: 0,
    });
    const cables = Object.values(plan.counts!.cablesByType).reduce((a, b) => a + b, 0);
    expect(cables).toBe(1024 + 1024);
  });

  it('fits 4 DGX-H100-class nodes per rack: (42 − 4) U / 8 U = 4 by space, 40 kW / 7.168 kW = 5 by power', () => {
    // 8 × H100 700 W + 2 × 8480C 350 W + 4 × PEX89144 54 W + 8 × ConnectX-7 25 W + 4 × NVSwitch gen3 113 W = 7,168 W
    expect(plan.layout).toMatchObject({
      nodesPerRack: 4,
      nodesPerRackBySpace: 4,
      nodesPerRackByPower: 5,
      nodePowerW: 7168,
    });
    expect(plan.counts!.racks).toBe(32);
  });

  it('writes a file that loads to the same design and passes the check', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rackwire-plan-')), 'cluster.yaml');
    writeFileSync(file, planFileYaml(plan));
    const checked = checkDesign(file);
    expect(checked.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(checked.phy!.links.filter((l) => l.verdict === 'fail')).toEqual([]);
    const fromFile = new Set(checked.design!.links.map((l) => l.id));
    expect(fromFile.size).toBe(plan.design!.links.length);
    expect(plan.design!.links.every((l) => fromFile.has(l.id))).toBe(true);
    const link = checked.design!.links.find((l) => l.id === 'rack1/node2/nic3.p0~leaf3.p6')!;
    // node 1·4 + 2 = 6 in group 6 // 32 = 0, rail 3 → leaf 0·8 + 3; port 6 % 32 = 6.
    // Rack 1's block runs to its longest cable: node 3 (3.5 × 8 U × 44.45 = 1,244.6 mm below the top) to leaf 7
    // (7.5 × 1 U × 44.45 = 333.4 mm), 2 racks along the row (1,200 mm), tray rise 2 × 300, slack 500:
    // 3,878 mm, rounded up to the 500 mm step = 4,000 mm: past the 3 m DAC; linear active copper (3-5 m,
    // 1 W per end) is the lowest-power catalog cable that reaches.
    expect(link.channel).toEqual([{ type: 'cable', part: 'lacc-100g-pam4', lengthMm: 4000 }]);
  });
});
