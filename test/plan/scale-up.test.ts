/** Scale-up options compared like for like: same accelerator count; fabrics an accelerator can't use say why. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDesign, planFileYaml, planFromIntent } from '../../src/api/index.js';

const codes = (r: ReturnType<typeof planFromIntent>) =>
  r.issues.filter((i) => i.severity === 'error').map((i) => i.code);

describe('plan --scale-up', () => {
  it('nvlink, pcie6-switch and ualink give 1,024 accelerators each from their builtins', () => {
    const got = (['nvlink', 'pcie6-switch', 'ualink'] as const).map((scaleUp) => {
      const r = planFromIntent(null, { accelerators: 1024, scaleUp, scaleOut: '400g-roce' });
      expect(codes(r)).toEqual([]);
      return [r.plan!.choice!.preset, r.plan!.counts!.nodes, r.plan!.counts!.accelerators];
    });
    // 1024 / 8 = 128 HGX nodes; 1024 / 16 = 64 Scorpio nodes; 1024 / 8 = 128 UALink nodes
    expect(got).toEqual([
      ['hgx-h100-8', 128, 1024],
      ['scorpio-gen6-16', 64, 1024],
      ['ualink-8', 128, 1024],
    ]);
  });

  it('an H100 preset with --scale-up ualink says why not', () => {
    const r = planFromIntent(null, { preset: 'hgx-h100-8', scaleUp: 'ualink', nodes: 4 });
    expect(codes(r)).toEqual(['plan-scale-up-unsupported']);
    expect(r.issues[0]!.message).toContain('nvidia-h100-sxm5');
    expect(r.issues[0]!.message).toContain('no UALink ports');
    expect(r.plan!.design).toBeNull();
  });

  it('ethernet gives 1,024 Gaudi 3 on Tomahawk Ultra scale-up switches, like for like with the others', () => {
    const r = planFromIntent(null, { scaleUp: 'ethernet', accelerators: 1024, rackPowerKw: 40 });
    expect(codes(r)).toEqual([]);
    const plan = r.plan!;
    // 1024 / 8 = 128 nodes of ethernet-scaleup-8; the same 8 ConnectX-7 rails as hgx-h100-8, so the same
    // 400G NDR Clos: leaves = 8 × ceil(128 / 32) = 32, spines = ceil(32 × 32 / 64) = 16
    expect(plan.choice!.preset).toBe('ethernet-scaleup-8');
    expect(plan.counts).toMatchObject({ nodes: 128, accelerators: 1024, leaves: 32, spines: 16 });
    const d = plan.design!;
    const parts = (id: string) => d.components.filter((c) => c.part === id).length;
    // per node 8 Gaudi 3 and 3 switches: 128 × 8 = 1,024 and 128 × 3 = 384
    expect([parts('intel-gaudi3'), parts('broadcom-tomahawk-ultra')]).toEqual([1024, 384]);
    // scale-up links: 128 nodes × 8 accelerators × 21 ports = 21,504, each x2 of 100G lanes (200GbE)
    const up = d.links.filter((l) => l.to.component.includes('/ethsw'));
    expect(up.length).toBe(128 * 8 * 21);
    expect(up.every((l) => l.width === 2 && l.laneRateGbps === 100)).toBe(true);
    // the written file carries the node modules (no builtin to import) and passes the check
    const text = planFileYaml(plan);
    expect(text).not.toContain('imports:');
    const file = join(mkdtempSync(join(tmpdir(), 'rackwire-eth-')), 'eth.yaml');
    writeFileSync(file, text);
    const checked = checkDesign(file);
    expect(checked.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(checked.phy!.links.filter((l) => l.verdict === 'fail')).toEqual([]);
    expect(checked.design!.links.length).toBe(d.links.length);
  });

  it('an H100 preset with --scale-up ethernet says H100 has no Ethernet scale-up ports', () => {
    const r = planFromIntent(null, { preset: 'hgx-h100-8', scaleUp: 'ethernet', nodes: 4 });
    expect(codes(r)).toEqual(['plan-scale-up-unsupported']);
    expect(r.issues[0]!.message).toContain('nvidia-h100-sxm5');
    expect(r.issues[0]!.message).toContain('no scale-up Ethernet ports');
    expect(r.issues[0]!.hint).toContain('intel-gaudi3');
  });
});
