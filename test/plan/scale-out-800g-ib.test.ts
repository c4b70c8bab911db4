/**
 * `--scale-out 800g-ib` on Quantum-X800 (144 × 800G XDR): the closed forms at k = 144, the NIC-speed rule for
 * 400G ConnectX-7 nodes, and the leaf-spine runs cabled with the catalog's 200G-per-lane XDR optic.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDesign, planFromIntent } from '../../src/api/index.js';

const intent = { preset: 'hgx-b200-8', nodes: 200, scaleOut: '800g-ib' as const, rackPowerKw: 40 };
const bySeverity = (issues: { severity: string; code: string }[], s: string) =>
  issues.filter((i) => i.severity === s).map((i) => i.code);

describe('plan --scale-out 800g-ib', () => {
  const r = planFromIntent(null, intent);

  it('sizes the Clos at k = 144 and runs the 400G NICs at their own speed', () => {
    expect(r.plan!.choice).toMatchObject({ switchPart: 'nvidia-quantum-x800-q3400', portGbps: 800 });
    // k = 144 × 4 lanes / 4 lanes per 800G port = 144; a rail of 200 nodes exceeds one switch: D = U = 72;
    // leaves = 8 rails × ceil(200 / 72) = 24, populated 72, 72, 56 (uplinks the same at 1:1);
    // spines = ceil(8 × (72 + 72 + 56) / 144) = ceil(1600 / 144) = 12
    expect(r.plan!.clos).toMatchObject({
      radix: 144,
      downlinksPerLeaf: 72,
      leaves: 24,
      spines: 12,
      tiers: 2,
    });
    // spare: 8 tail leaves × (144 − 56 − 56) = 256 leaf ports; 12 × 144 − 1600 = 128 spine ports
    expect(r.plan!.clos).toMatchObject({ spareLeafPorts: 256, spareSpinePorts: 128 });
    // ConnectX-7 is 4 × 100G: the XDR ports run at 400G, and no catalog NIC has an 800G InfiniBand port
    const slow = r.issues.find((i) => i.code === 'plan-nic-slower-than-fabric')!;
    expect(slow.message).toContain('nic0.p0 is 400G');
    expect(slow.hint).toContain('800G infiniband port: none');
    expect(bySeverity(r.issues, 'error')).toEqual([]);
  });

  it('cables leaf-spine runs with the 200G-lane XDR optic and passes the check', () => {
    // 1,600 leaf-spine cables (one per populated downlink at 1:1); 200 nodes × 8 NICs = 1,600 NIC-leaf cables
    expect(r.plan!.counts).toMatchObject({
      leaves: 24,
      spines: 12,
      nicLeafCables: 1600,
      leafSpineCables: 1600,
    });
    expect(r.plan!.counts!.cablesByType['osfp-800g-dr4-xdr']).toBe(1600);
    const file = join(mkdtempSync(join(tmpdir(), 'rackwire-xdr-')), 'xdr.yaml');
    writeFileSync(file, stringify(r.plan!.designFile, { lineWidth: 0 }));
    const checked = checkDesign(file);
    expect(bySeverity(checked.issues, 'error')).toEqual([]);
    expect(checked.phy!.links.filter((l) => l.verdict === 'fail')).toEqual([]);
  });
});
