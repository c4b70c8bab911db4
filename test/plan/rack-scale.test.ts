/**
 * Issue #16: rack-scale scale-up domains. GB200 NVL72 racks (builtin:gb200-nvl72: 18 compute trays of 4 B200 +
 * 4 ConnectX-7, 9 NVLink switch trays of 2 ASICs, 1,296 NVLink links) are planned whole, 1, 2 and 20 of them;
 * the compute trays are the scale-out nodes (4 rails each). Counts are hand-computed from the Clos rules
 * (docs/plan.md); the files load, check and simulate, and a collective inside one rack keeps NVLS over the
 * whole 72-GPU NVLink domain.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDesign, planFileYaml, planFromIntent } from '../../src/api/index.js';
import { loadDesign } from '../../src/io/index.js';
import { runDesignCollective } from '../../src/sim/index.js';
import { GIB } from '../../src/model/index.js';

const plan = (intent: Parameters<typeof planFromIntent>[1]) => {
  const r = planFromIntent(null, { preset: 'gb200-nvl72', scaleOut: '400g-ib', ...intent });
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return r.plan!;
};
const written = (p: ReturnType<typeof plan>, name: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'rackwire-nvl72-')), name);
  writeFileSync(file, planFileYaml(p));
  return file;
};
const allReduce1G = (file: string, ranks: number | 'all', mode: 'flow' | 'analytic' = 'flow') => {
  const loaded = loadDesign(file);
  return runDesignCollective(loaded.design!, loaded.catalog, {
    op: 'all_reduce',
    algo: 'auto',
    ranks: ranks === 'all' ? 'all' : ranks,
    sizes: [GIB],
    mode,
  }).results[0]!;
};

describe('plan: GB200 NVL72 racks', () => {
  it('1 rack: 72 GPUs; 18 trays × 4 rails = 72 NIC ports; every rail (18 ports) fits one 64-port leaf: 4 leaves, rail-only', () => {
    const p = plan({ racks: 1 });
    expect(p.counts).toMatchObject({
      racks: 1,
      nodes: 18,
      accelerators: 72,
      leaves: 4,
      spines: 0,
      superSpines: 0,
      nicLeafCables: 72,
      leafSpineCables: 0,
    });
    // 4 leaves × 64 ports − 72 used
    expect(p.clos!.spareLeafPorts).toBe(4 * 64 - 72);
    expect(p.layout!.rackScale).toEqual({
      computeTrays: 18,
      otherTrays: 9,
      acceleratorsPerRack: 72,
      scaleUpSwitchesPerRack: 18,
      // 18 trays × 4 GPUs × 18 ASICs
      scaleUpLinksPerRack: 1296,
    });
    // every rack copies the preset whole: 72 GPUs, 18 NVLink switch ASICs
    const d = p.design!;
    expect(d.components.filter((c) => c.kind === 'accelerator')).toHaveLength(72);
    expect(d.components.filter((c) => c.kind === 'nvlink-switch')).toHaveLength(18);
  });

  it('1 rack, fat-tree: 72 ports pooled on leaves of 32 down: 3 leaves (32, 32, 8), 2 spines (2 × 64 ≥ 72 uplinks, 2 divides 32)', () => {
    const p = plan({ racks: 1, topology: 'fat-tree' });
    expect(p.counts).toMatchObject({ leaves: 3, spines: 2, nicLeafCables: 72, leafSpineCables: 72 });
  });

  it('2 racks: 36 trays per rail still fit one leaf: 4 leaves, 144 NIC cables, no spine', () => {
    const p = plan({ racks: 2 });
    expect(p.counts).toMatchObject({
      racks: 2,
      nodes: 36,
      accelerators: 144,
      leaves: 4,
      spines: 0,
      nicLeafCables: 144,
    });
    // the same plan by accelerators (ceil(100 / 72) = 2 racks) and by compute trays (36 / 18)
    expect(plan({ accelerators: 100 }).counts!.racks).toBe(2);
    expect(plan({ nodes: 36 }).counts!.racks).toBe(2);
  });

  it('20 racks: 360 trays per rail → ceil(360/32) = 12 leaves per rail = 48; spines 32 (divides 32); 1,440 + 48 × 32 cables', () => {
    const p = plan({ accelerators: 1440 });
    // leaf downlinks per rail: 11 × 32 + 8 = 360; uplinks = downlinks (1:1); spines: the smallest S with
    // S × 64 ≥ Σ max(u, S) is 24 (44 × 32 + 4 × 24 = 1,504 ≤ 1,536), raised to 32 (the first divisor of a full
    // leaf's 32 uplinks), so every leaf (the four 8-down tail leaves too) sends 32 uplinks: 48 × 32 = 1,536.
    expect(p.counts).toMatchObject({
      racks: 20,
      nodes: 360,
      accelerators: 1440,
      leaves: 48,
      spines: 32,
      superSpines: 0,
      nicLeafCables: 1440,
      leafSpineCables: 1536,
    });
    expect(p.design!.components.filter((c) => c.kind === 'accelerator')).toHaveLength(1440);
    expect(p.design!.links).toHaveLength(20 * (1296 + 144) + 1440 + 1536);
  });

  it('writes files that load to the same design and pass the check (1 and 2 racks)', () => {
    for (const racks of [1, 2]) {
      const p = plan({ racks });
      const checked = checkDesign(written(p, `nvl72-x${racks}.yaml`));
      expect(checked.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(checked.phy!.links.filter((l) => l.verdict === 'fail')).toEqual([]);
      const ids = new Set(checked.design!.links.map((l) => l.id));
      expect(ids.size).toBe(p.design!.links.length);
      expect(p.design!.links.every((l) => ids.has(l.id))).toBe(true);
      expect(ids.has(`rack${racks - 1}/compute17/nic3.p0~leaf3.p${racks * 18 - 1}`)).toBe(true);
    }
  });

  it('a collective inside one rack runs NVLS over the whole 72-GPU domain, as on the builtin rack', () => {
    const builtin = allReduce1G('builtin:gb200-nvl72', 'all');
    const one = allReduce1G(written(plan({ racks: 1 }), 'one.yaml'), 'all');
    const firstOfTwo = allReduce1G(written(plan({ racks: 2 }), 'two.yaml'), 72);
    expect(builtin.algo).toBe('nvls');
    expect(one.algo).toBe('nvls');
    expect(firstOfTwo.algo).toBe('nvls');
    expect(one.busbwGBps).toBeCloseTo(builtin.busbwGBps, 6);
    expect(firstOfTwo.busbwGBps).toBeCloseTo(builtin.busbwGBps, 6);
  });

  it('20 racks simulate: a 1,440-rank all_reduce crosses the network (no flat NVLS across domains)', () => {
    const row = allReduce1G(written(plan({ racks: 20 }), 'twenty.yaml'), 'all', 'analytic');
    expect(row.algo).not.toBe('nvls');
    expect(row.busbwGBps).toBeGreaterThan(0);
    // bounded by the network: each GPU has one 400G (50 GB/s) NIC port
    expect(row.busbwGBps).toBeLessThan(builtinBusbwBound());
  }, 120_000);
});

/** A 72-GPU rack's NVLS busbw bounds anything that must also cross the network. */
function builtinBusbwBound(): number {
  return allReduce1G('builtin:gb200-nvl72', 'all').busbwGBps;
}
