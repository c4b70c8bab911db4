/**
 * Non-circular class check: the Threadripper workstation's `lspci` output (PCIe tree only) is imported, and
 * the class matrix rackwire derives from it must equal the `nvidia-smi topo -m` dump the same post shows
 * (test/fixtures/import/puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt, lines 461-466):
 *           GPU0 GPU1 NIC0 NIC1
 *   GPU0    X    PHB  NODE NODE
 *   GPU1    PHB  X    NODE NODE
 *   NIC0    NODE NODE X    PIX
 *   NIC1    NODE NODE PIX  X
 */
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../fixtures/import/support.js';
import { importText } from '../../src/io/import/index.js';
import { pathsQuery } from '../../src/perf/index.js';
import { pathsInput } from '../support/paths-input.js';

describe('lspci import reproduces its own host nvidia-smi classes', () => {
  it('GPU and NIC rows of the Threadripper workstation', () => {
    const name = 'puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt';
    const { design } = importText(fixture(name), { catalog: testCatalog, pciIds, name, from: 'lspci' });
    const r = pathsQuery(pathsInput(design, testCatalog), { kind: 'matrices', devices: ['gpu', 'nic'] });
    if (r.kind !== 'matrices') throw new Error('expected matrices');
    // nvidia-smi lists only RDMA NICs (its NIC Legend: NIC0 = mlx5_0, NIC1 = mlx5_1, the ConnectX-7's two
    // ports); rackwire numbers every network function, so the Intel X710 ports come first as nic0/nic1.
    const ids = ['node0/gpu0', 'node0/gpu1', 'node0/nic2', 'node0/nic3'];
    const at = ids.map((id) => r.matrices.devices.indexOf(id));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(design.components.find((c) => c.id === 'node0/nic2')!.infos['pciId']).toBe('15b3:1021');
    expect(at.map((i) => at.map((j) => r.matrices.class[i]![j]))).toEqual([
      ['X', 'PHB', 'NODE', 'NODE'],
      ['PHB', 'X', 'NODE', 'NODE'],
      ['NODE', 'NODE', 'X', 'PIX'],
      ['NODE', 'NODE', 'PIX', 'X'],
    ]);
  });
});
