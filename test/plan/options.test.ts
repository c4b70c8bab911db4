/**
 * Issue #16 coherent options: the default scale-out of each scale-up preset matches its NICs, and every
 * scale-up × scale-out × topology combination plans, or fails with an error whose hint names the working choices.
 */
import { describe, expect, it } from 'vitest';
import { planFromIntent } from '../../src/api/index.js';
import { SCALE_OUT_OPTIONS, SCALE_UP_OPTIONS, TOPOLOGIES } from '../../src/plan/index.js';

const errors = <T extends { severity: string }>(issues: T[]): T[] =>
  issues.filter((i) => i.severity === 'error');

describe('default scale-out', () => {
  it.each([
    // ConnectX-7 is a VPI adapter: InfiniBand, as on NVIDIA's DGX reference designs
    ['nvlink', 'nvidia-quantum2-qm9700', 400],
    // the Gen6 and UALink presets carry Ethernet-only NICs (800G and 400G ports)
    ['pcie6-switch', 'broadcom-tomahawk5', 800],
    ['ualink', 'broadcom-tomahawk5', 400],
  ] as const)('%s preset: %s at %iG', (scaleUp, switchPart, portGbps) => {
    const r = planFromIntent(null, { scaleUp, nodes: 2, rackPowerKw: 40 });
    expect(errors(r.issues)).toEqual([]);
    expect(r.plan!.choice).toMatchObject({ switchPart, portGbps });
    expect(r.issues.map((i) => i.code)).toContain('plan-scale-out-default');
  });
});

describe('every option combination', () => {
  const combos = SCALE_UP_OPTIONS.flatMap((u) =>
    SCALE_OUT_OPTIONS.flatMap((o) => TOPOLOGIES.map((t) => [u, o, t] as const)),
  );
  it.each(combos)('%s / %s / %s plans or names the working choices', (scaleUp, scaleOut, topology) => {
    const r = planFromIntent(null, { scaleUp, scaleOut, topology, nodes: 3, rackPowerKw: 40 });
    const errs = errors(r.issues);
    if (errs.length === 0) {
      expect(r.plan!.counts!.nodes).toBe(3);
      return;
    }
    // the only refusal: a preset whose NICs do not run the protocol; the hint lists the options they run
    expect(errs.map((e) => e.code)).toEqual(['plan-no-rails']);
    expect(errs[0]!.hint).toMatch(/scale-out options its NICs run: .*roce/);
    expect(scaleOut.endsWith('-ib')).toBe(true);
  });
});
