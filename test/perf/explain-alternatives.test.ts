/** A pair with NVLink and PCIe paths reports the NVLink one and keeps the PCIe one available. */
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';
import { pathsQuery } from '../../src/perf/index.js';
import { pathsInput } from '../support/paths-input.js';

describe('explain keeps the other paths', () => {
  it('hgx-h100-8 gpu0 → gpu1: NV18 first, then the PCIe path through the socket (NODE)', () => {
    const { design, catalog } = checkDesign('examples/hgx-h100-8.yaml', { phy: false });
    const r = pathsQuery(
      pathsInput(design!, catalog),
      { kind: 'explain', src: 'node0/gpu0', dst: 'node0/gpu1' },
      { profile: 'raw' },
    );
    if (r.kind !== 'explain') throw new Error('expected explain');
    expect(r.explain.class).toBe('NV18');
    expect(r.explain.bwGBps).toBe(450); // 18 NVLink4 links × 25 GB/s
    const [pcie] = r.explain.alternatives;
    expect(pcie!.class).toBe('NODE'); // gpu0 and gpu1 hang off different root ports of socket 0
    // Gen5 x16 raw: 32 GT/s × 16 × 128/130 / 8 = 63.02 GB/s, times TLP efficiency 256/(256+20+8) = 56.80 GB/s
    expect(pcie!.bwGBps).toBeCloseTo(56.8, 1);
    expect(pcie!.hops.map((h) => h.to)).toEqual([
      'node0/pcisw0#v0',
      'node0/cpu0',
      'node0/pcisw0#v1',
      'node0/gpu1',
    ]);
  });
});
