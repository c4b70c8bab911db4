/** Scale-up options compared like for like: same accelerator count; fabrics an accelerator can't use say why. */
import { describe, expect, it } from 'vitest';
import { planFromIntent } from '../../src/api/index.js';

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

  it('ethernet scale-up names the catalog accelerators that have Ethernet ports, since no builtin node uses them', () => {
    const r = planFromIntent(null, { scaleUp: 'ethernet', accelerators: 1024 });
    expect(codes(r)).toEqual(['plan-no-scale-up-node']);
    expect(r.issues[0]!.message).toContain('intel-gaudi3');
  });

  it('800g-ib says the catalog has no XDR switch', () => {
    expect(codes(planFromIntent(null, { nodes: 4, scaleOut: '800g-ib' }))).toEqual(['plan-no-switch']);
  });
});
