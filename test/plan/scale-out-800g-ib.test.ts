/**
 * `--scale-out 800g-ib` on Quantum-X800 (144 × 800G XDR): the closed forms at k = 144, the NIC-speed rule for
 * 400G ConnectX-7 nodes, and the missing 200G-per-lane optic named as the reason the built-in catalog can't cable it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDesign, planFromIntent } from '../../src/api/index.js';
import { builtinCatalogFile, mergeCatalogs } from '../../src/catalog/index.js';
import { loadCatalogFile } from '../../src/io/index.js';
import { planCluster } from '../../src/plan/index.js';
import { loadPreset } from './preset.js';

const intent = { preset: 'hgx-b200-8', nodes: 128, scaleOut: '800g-ib' as const, rackPowerKw: 40 };
const bySeverity = (issues: { severity: string; code: string }[], s: string) =>
  issues.filter((i) => i.severity === s).map((i) => i.code);

describe('plan --scale-out 800g-ib', () => {
  it('sizes the Clos at k = 144 and says why the built-in catalog cannot cable the 200G-lane switch links', () => {
    const r = planFromIntent(null, intent);
    expect(r.plan!.choice).toMatchObject({ switchPart: 'nvidia-quantum-x800-q3400', portGbps: 800 });
    // k = 144 × 4 lanes / 4 lanes per 800G port = 144; D = U = 72; leaves = 8 rails × ceil(128 / 72) = 16;
    // spines = ceil(16 × 72 / 144) = 8
    expect(r.plan!.clos).toMatchObject({ radix: 144, downlinksPerLeaf: 72, leaves: 16, spines: 8, tiers: 2 });
    // ConnectX-7 is 4 × 100G: the XDR ports run at 400G, and no catalog NIC has an 800G InfiniBand port
    const slow = r.issues.find((i) => i.code === 'plan-nic-slower-than-fabric')!;
    expect(slow.message).toContain('nic0.p0 is 400G');
    expect(slow.hint).toContain('800G infiniband port: none');
    // NIC-leaf runs are cabled at the NIC's 100G lanes; leaf-spine runs at 200G lanes exceed the 1.2 m DAC
    expect(bySeverity(r.issues, 'error')).toEqual(['phy-cable-too-long', 'phy-cable-too-long']);
    expect(r.issues.filter((i) => i.severity === 'error').every((i) => i.message.includes('200 Gb/s'))).toBe(
      true,
    );
    expect(r.plan!.counts!.nicLeafCables).toBe(128 * 8);
  });

  it('passes the check once the catalog has a 200G-lane optic (user catalog fixture)', () => {
    const fixture = resolve('test/fixtures/plan/xdr-optics.yaml');
    const extra = loadCatalogFile(fixture).catalog!;
    const { presets } = loadPreset('hgx-b200-8');
    const plan = planCluster(intent, mergeCatalogs(builtinCatalogFile, extra), presets);
    expect(bySeverity(plan.issues, 'error')).toEqual([]);
    // 16 leaves × 72 uplinks = 1,152 leaf-spine cables, all on the 200G-lane optic
    expect(plan.counts).toMatchObject({ leaves: 16, spines: 8, nicLeafCables: 1024, leafSpineCables: 1152 });
    expect(plan.counts!.cablesByType['test-xdr-optic-200g']).toBe(1152);
    const file = join(mkdtempSync(join(tmpdir(), 'rackwire-xdr-')), 'xdr.yaml');
    writeFileSync(file, stringify({ ...plan.designFile, catalogs: [fixture] }, { lineWidth: 0 }));
    const checked = checkDesign(file);
    expect(bySeverity(checked.issues, 'error')).toEqual([]);
    expect(checked.phy!.links.filter((l) => l.verdict === 'fail')).toEqual([]);
    expect(checked.design!.links.length).toBe(plan.design!.links.length);
  });
});
