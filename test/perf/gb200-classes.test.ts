/**
 * GB200 NVL72: every GPU pair is NV18 (each B200's 18 NVLink5 links go into the NVLink switch fabric,
 * nvidia.com NVLink page; standards-data §5.3-5.4), including the two B200s of one superchip, whose
 * NVLink-C2C link goes to Grace and is a host link, not a GPU-to-GPU path.
 */
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';
import { buildFabric, pathMatrices, pathsQuery } from '../../src/perf/index.js';
import { pathsInput } from '../support/paths-input.js';

describe('GB200 NVL72 path classes', () => {
  it('reads NV18 between every pair of the first two trays, never C2C', () => {
    const { design, catalog } = checkDesign('examples/gb200-nvl72.yaml', { phy: false });
    const gpus = design!.components.filter((c) => /^rack0\/compute[01]\/gpu\d$/.test(c.id)).map((c) => c.id);
    expect(gpus).toHaveLength(8);
    const r = pathsQuery(pathsInput(design!, catalog), {
      kind: 'matrices',
      devices: ['gpu'],
    });
    if (r.kind !== 'matrices') throw new Error('expected matrices');
    const ids = r.matrices.devices;
    for (const a of gpus)
      for (const b of gpus) {
        const cls = r.matrices.class[ids.indexOf(a)]![ids.indexOf(b)];
        expect(cls, `${a} ${b}`).toBe(a === b ? 'X' : 'NV18');
      }
  });

  it("GPU to NIC: PHB for nvidia-smi, but GPUDirect RDMA on (NCCL's P2C: C2C to Grace, then its root port)", () => {
    const { design, catalog } = checkDesign('examples/gb200-nvl72.yaml', { phy: false });
    const m = pathMatrices(buildFabric(design!, catalog), ['rack0/compute0/gpu0', 'rack0/compute0/nic0'], {
      profile: 'raw',
    });
    expect(m.class[0]![1]).toBe('PHB');
    // NCCL_NET_GDR_C2C defaults to 1 (src/graph/paths.cc): GDR allowed up to PATH_P2C, not only PXB
    expect(m.p2pReason[0]![1]).toBe('gdr-c2c');
    expect(m.p2p[1]![0]).toBe(true);
  });
});
