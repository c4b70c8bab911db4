/** Intent files: the same fields as the flags, validated with located issues; flags override the file. */
import { describe, expect, it } from 'vitest';
import { planFromIntent } from '../../src/api/index.js';

describe('intent file', () => {
  it('plans from the file; a flag overrides a field', () => {
    const r = planFromIntent('test/fixtures/plan/intent-roce.yaml', { nodes: 32 });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.plan!.design!.name).toBe('roce-cluster');
    // Tomahawk 5 at 400G: 512 lanes / 4 = 128 ports; 256 NIC ports exceed one switch, but each rail's 32 fit:
    // one switch per rail (8), no spine tier
    expect(r.plan!.counts).toMatchObject({ nodes: 32, leaves: 8, spines: 0 });
    expect(r.plan!.choice).toMatchObject({ switchPart: 'broadcom-tomahawk5', portGbps: 400 });
  });

  it('reports every mistake with its line', () => {
    const r = planFromIntent('test/fixtures/plan/intent-bad.yaml', {});
    expect(r.plan).toBeNull();
    expect(r.issues.map((i) => [i.path, i.line])).toEqual([
      ['nodes', 3],
      ['scaleOut', 4],
    ]);
  });
});
