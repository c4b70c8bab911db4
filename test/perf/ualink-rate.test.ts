import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';
import { pathsQuery } from '../../src/perf/index.js';
import { pathsInput } from '../support/paths-input.js';

describe('UALink link rate', () => {
  it('applies the 93 % effective share to the port figure', () => {
    const { design, catalog } = checkDesign('examples/ualink-8.yaml', { phy: false });
    const gpus = design!.components.filter((c) => c.kind === 'accelerator').map((c) => c.id);
    const r = pathsQuery(
      pathsInput(design!, catalog),
      { kind: 'explain', src: gpus[0]!, dst: gpus[1]! },
      { profile: 'raw' },
    );
    if (r.kind !== 'explain') throw new Error('expected explain');
    const first = r.explain.hops[0]!;
    expect(first.protocol).toBe('ualink');
    // each accelerator has four x4 UALink 1.0 ports, one to each of 4 switches (parallel planes merged into one
    // hop): 4 × (4 lanes × 200 Gb/s = 100 GB/s per direction, catalog ualink1) × 0.93 effective = 372 GB/s
    expect(first.capacityGBps.raw).toBeCloseTo(372, 6);
    expect(
      first.factors.some((f) => f.label === 'effective share of the line rate' && f.value === 0.93),
    ).toBe(true);
  });
});
