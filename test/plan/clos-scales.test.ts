/**
 * Issue #16: switch and cable counts of planned clusters at 1, 2, 3, 16, 128 and 1,024 nodes (and an odd 129),
 * rail-optimised and fat-tree, hgx-h100-8 (8 rails of 400G NDR) on QM9700 (k = 64) at 1:1, computed by hand.
 * Uplinks come from populated downlinks; no spine tier where the cluster (or each rail) fits one switch.
 */
import { describe, expect, it } from 'vitest';
import { planCluster, type Topology } from '../../src/plan/index.js';
import { loadPreset } from './preset.js';

const { presets, catalog } = loadPreset('hgx-h100-8');
const plan = (nodes: number, topology: Topology) =>
  planCluster({ nodes, topology, scaleOut: '400g-ib', rackPowerKw: 40 }, catalog, presets);

// [nodes, leaves, spines, super-spines, NIC-leaf, leaf-spine, spine-super-spine cables]
type Row = [number, number, number, number, number, number, number];
const oneSwitch: Row[] = [
  // 8, 16 and 24 NIC ports fit one 64-port switch: one tier, one cable per NIC port
  [1, 1, 0, 0, 8, 0, 0],
  [2, 1, 0, 0, 16, 0, 0],
  [3, 1, 0, 0, 24, 0, 0],
];
const large: Row[] = [
  // 128 nodes: D = U = 32; 8 rails × 4 full leaves = 32 leaves × 32 uplinks = 1,024 → 16 spines (SuperPOD 4 SU)
  [128, 32, 16, 0, 1024, 1024, 0],
  // 1,024 nodes: 256 full leaves need 128 spines > U = 32: three tiers; pods of 32 leaves: 8 pods × 32 spines;
  // each spine 32 up (one per leaf below): 8,192 / 64 = 128 super-spines
  [1024, 256, 256, 128, 8192, 8192, 8192],
];
const cases: Record<Topology, Row[]> = {
  'rail-optimized': [
    ...oneSwitch,
    // 128 NIC ports exceed one switch, but each rail's 16 fit: 8 rail switches, no spine tier
    [16, 8, 0, 0, 128, 0, 0],
    ...large,
  ],
  'fat-tree': [
    ...oneSwitch,
    // 128 NIC ports pooled on 32-down leaves: 4 leaves × 32 uplinks = 128 → 2 spines
    [16, 4, 2, 0, 128, 128, 0],
    ...large,
  ],
};

describe.each(Object.entries(cases) as [Topology, Row[]][])('%s', (topology, rows) => {
  it.each(rows)('%i nodes: %i leaves, %i spines, %i super-spines', (n, leaves, spines, ss, nl, ls, sss) => {
    const p = plan(n, topology);
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(p.counts).toMatchObject({
      leaves,
      spines,
      superSpines: ss,
      nicLeafCables: nl,
      leafSpineCables: ls,
      spineSuperSpineCables: sss,
    });
    // every scale-out link got a cable (the node's own links are not counted)
    const cabled = Object.values(p.counts!.cablesByType).reduce((a, b) => a + b, 0);
    expect(cabled).toBe(nl + ls + sss);
  });
});

describe('odd sizes', () => {
  it('129 nodes rail-optimised: tail leaves keep one uplink per spine, spare ports reported', () => {
    const p = plan(129, 'rail-optimized');
    // groups = ceil(129/32) = 5: 8 × 5 = 40 leaves, the 8 tail leaves with 1 node each. Uplinks needed:
    // 8 × (4 × 32 + 1) = 1,032. Each leaf must reach every spine, so a tail leaf takes S uplinks:
    // S = 17: 8 × (128 + 17) = 1,160 > 17 × 64 = 1,088; S = 18: 1,168 > 1,152; S = 19: 1,176 ≤ 1,216 fits, but
    // 19 does not divide a full leaf's 32 uplinks; the first divisor that fits is 32: 8 × (128 + 32) = 1,280.
    expect(p.counts).toMatchObject({ leaves: 40, spines: 32, nicLeafCables: 1032, leafSpineCables: 1280 });
    // spare: 8 tail leaves × (64 − 1 − 32) = 248; spines 32 × 64 − 1,280 = 768
    expect(p.clos).toMatchObject({ tiers: 2, spareLeafPorts: 248, spareSpinePorts: 768 });
  });

  it('a single-switch plan is one tier and says so', () => {
    const p = plan(3, 'rail-optimized');
    // 64 − 24 NIC ports = 40 spare
    expect(p.clos).toMatchObject({ tiers: 1, pooled: true, spareLeafPorts: 40 });
  });
});
