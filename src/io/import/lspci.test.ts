// lspci specifics: -nn ids and classes, the switch grammar of a bare-metal tree, -vv without a tree.
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { summarize } from './summary.js';
import { importLspci } from './lspci.js';

describe('lspci import', () => {
  it('reads the bare-metal AMD desktop tree: root port -> switch up -> down -> Navi 10 GPU; a second switch -> 82576 NIC', () => {
    // The second tree of the format excerpt (the first is the VM): from its "Sample 2" header on.
    const text = fixture('formats-lspci-tv.txt');
    const r = importLspci(text.slice(text.indexOf('# Sample 2')), testCatalog, pciIds);
    // GPU 03:00.0 (01:00.0 is the switch's upstream port, 02:00.0 its downstream port); NIC 09:00.0 behind switch 06:00.0.
    expect(summarize(r.design)).toEqual({
      gpus: 1,
      nics: 1,
      cpus: 1,
      pcieSwitches: 2,
      nvlinkBundles: 0,
      retimers: 0,
    });
    expect(r.design.components.find((c) => c.id === 'node0/gpu0')?.pciBusId).toBe('0000:03:00.0');
    expect(r.design.components.find((c) => c.id === 'node0/pcisw0')?.pciBusId).toBe('0000:01:00.0');
    expect(r.design.components.filter((c) => c.kind === 'nvme').map((c) => c.pciBusId)).toEqual([
      '0000:04:00.0',
      '0000:05:00.0',
    ]);
  });
  it('takes ids from -nn output and class codes from -vv -nn headers', () => {
    const text = [
      '-[0000:00]-+-00.0  Intel Corporation Device [8086:09a2]',
      '           \\-01.0-[01]----00.0  NVIDIA Corporation Device [10de:2330]',
      '01:00.0 3D controller [0302]: NVIDIA Corporation Device [10de:2330] (rev a1)',
      '\t\tLnkCap:\tPort #0, Speed 32GT/s, Width x16, ASPM not supported',
      '\t\tLnkSta:\tSpeed 32GT/s, Width x8 (downgraded)',
    ].join('\n');
    const r = importLspci(text, testCatalog, null);
    const gpu = r.design.components.find((c) => c.id === 'node0/gpu0')!;
    expect(gpu.part).toBe('test-h100-sxm5');
    expect(r.design.links[0]).toMatchObject({
      capable: { gen: 5, width: 16 },
      reported: { gen: 5, width: 8 },
    });
    expect(r.issues.map((i) => i.code)).toContain('link-downtrained');
  });
  it('places -vv devices without a tree on their own root ports', () => {
    const text = [
      '18:00.0 3D controller [0302]: NVIDIA Corporation Device [10de:2330]',
      '\t\tLnkSta:\tSpeed 32GT/s, Width x16',
    ].join('\n');
    const r = importLspci(text, testCatalog, null);
    expect(summarize(r.design).gpus).toBe(1);
    expect(r.issues.map((i) => i.code)).toContain('lspci-no-tree');
  });
});

describe('SR-IOV virtual functions', () => {
  const tree = (withPf: boolean) =>
    [
      '-[0000:00]-+-00.0  Intel Corporation Device [8086:09a2]',
      `           \\-01.0-[01]--+-00.${withPf ? 0 : 3}  Mellanox Technologies MT2910 Family [ConnectX-7] [15b3:${withPf ? '1021' : '101e'}]`,
      '                        +-00.1  Mellanox Technologies ConnectX Family mlx5Gen Virtual Function [15b3:101e]',
      '                        \\-00.2  Mellanox Technologies ConnectX Family mlx5Gen Virtual Function [15b3:101e]',
    ].join('\n');
  it('count only when their physical function is not visible', () => {
    // With the PF 01:00.0: 1 network function counted (2 VFs ignored). A guest seeing only VFs: 3 counted.
    expect(summarize(importLspci(tree(true), testCatalog, pciIds).design).nics).toBe(1);
    const guest = tree(false).replace(
      'MT2910 Family [ConnectX-7]',
      'ConnectX Family mlx5Gen Virtual Function',
    );
    expect(summarize(importLspci(guest, testCatalog, pciIds).design).nics).toBe(3);
  });
});
