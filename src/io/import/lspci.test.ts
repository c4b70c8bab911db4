// lspci specifics: -nn ids and classes, the switch grammar of a bare-metal tree, -vv without a tree.
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { summarize } from './summary.js';
import { importLspci } from './lspci.js';
import { builtinCatalog } from '../../catalog/index.js';
import { withGenericParts } from './parts.js';

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

describe('lspci -n (numbers only)', () => {
  // The KVM guest of ../shared/samples/lspci/h200-kvm-vm-flat-passthrough-lspci-tvv.txt as `lspci -tvn` and
  // `lspci -n` print it (the same bus ids; lspci -n writes "bb:dd.f cccc: vvvv:dddd"): 8 H200 (10de:2335,
  // class 0302) on 05-0c, 8 ConnectX-7 (15b3:1021, class 0200) on 0d-14, virtio devices (1af4:*) skipped.
  const buses = Array.from({ length: 16 }, (_, i) => (5 + i).toString(16).padStart(2, '0'));
  const idOf = (i: number) => (i < 8 ? '10de:2335' : '15b3:1021');
  const classOf = (i: number) => (i < 8 ? '0302' : '0200');
  const tree = [
    '-[0000:00]-+-00.0  8086:29c0',
    '           +-01.0-[01]----00.0  1af4:1041',
    ...buses.map(
      (b, i) => `           +-0${1 + Math.floor((i + 4) / 8)}.${(i + 4) % 8}-[${b}]----00.0  ${idOf(i)}`,
    ),
    '           \\-1f.0  8086:2918',
  ].join('\n');
  const numeric = buses.map((b, i) => `${b}:00.0 ${classOf(i)}: ${idOf(i)} (rev a1)`).join('\n');
  it('finds the 8 H200 and 8 ConnectX-7 of the KVM guest from -tvn ids alone', () => {
    const r = importLspci(tree, testCatalog, pciIds);
    expect(summarize(r.design)).toMatchObject({ gpus: 8, nics: 8, pcieSwitches: 0 });
    const gpus = r.design.components.filter((c) => c.kind === 'accelerator');
    expect(new Set(gpus.map((c) => c.part))).toEqual(new Set(['test-h200-sxm']));
    expect(gpus.map((c) => c.pciBusId)).toContain('0000:0c:00.0');
  });
  it('takes class codes and ids from -n headers, without a tree and without the database', () => {
    const r = importLspci(numeric, testCatalog, null);
    expect(summarize(r.design)).toMatchObject({ gpus: 8, nics: 8 });
    expect(r.design.components.find((c) => c.pciBusId === '0000:0d:00.0')?.part).toBe('test-cx7');
  });
  it('detects an unknown accelerator by its -n class code (0302) and names it from the database', () => {
    // 10de:2901 is B200 in pci.ids ("GB100 [B200]"); the test catalog has no B200 part.
    const r = importLspci('41:00.0 0302: 10de:2901 (rev a1)', testCatalog, pciIds);
    const gpu = r.design.components.find((c) => c.kind === 'accelerator')!;
    expect(gpu.part).toBe('generic-gpu');
    expect(gpu.infos?.description).toMatch(/B200/);
  });
  it('reads the Subsystem line of -vv -nn: Broadcom subsystem 1000:0144 makes the switch a PEX89144', () => {
    // Without the subsystem id the smallest PEX890xx holding up x16 + one x16 port (PEX89032) would be assumed.
    const text = [
      '-[0000:00]-+-00.0  Intel Corporation Device [8086:09a2]',
      '           \\-01.0-[01-03]----00.0-[02-03]----00.0-[03]----00.0  NVIDIA Corporation GH100 [H200 SXM 141GB] [10de:2335]',
      '01:00.0 PCI bridge [0604]: Broadcom / LSI PEX890xx PCIe Gen 5 Switch [1000:c030] (rev b0)',
      '\tSubsystem: Broadcom / LSI PEX89144 PCIe Gen 5 144-lane, 72-port Switch [1000:0144]',
      '02:00.0 PCI bridge [0604]: Broadcom / LSI PEX890xx PCIe Gen 5 Switch [1000:c030] (rev b0)',
      '\tSubsystem: Broadcom / LSI Device [1000:100b]',
    ].join('\n');
    const catalog = withGenericParts(builtinCatalog());
    const sw = (t: string) =>
      importLspci(t, catalog, pciIds).design.components.find((c) => c.kind === 'pcie-switch');
    expect(sw(text)?.part).toBe('broadcom-pex89144');
    expect(sw(text.replace('[1000:0144]', ''))?.part).toBe('broadcom-pex89032');
  });
  it('marks a function the database names a Virtual Function as one, where -n prints only numbers', () => {
    // 15b3:101e: "ConnectX Family mlx5Gen Virtual Function" in pci.ids. PF 01:00.0 visible: VFs not counted.
    const text = ['01:00.0 0200: 15b3:1021', '01:00.1 0200: 15b3:101e', '01:00.2 0200: 15b3:101e'].join('\n');
    expect(summarize(importLspci(text, testCatalog, pciIds).design).nics).toBe(1);
  });
});

describe('device order', () => {
  it('numbers and orders devices naturally: gpu2 before gpu10 (so matrices read GPU0..GPU11)', () => {
    const text = Array.from({ length: 12 }, (_, i) => `${(0x10 + i).toString(16)}:00.0 0302: 10de:2335`).join(
      '\n',
    );
    const ids = importLspci(text, testCatalog, pciIds)
      .design.components.filter((c) => c.kind === 'accelerator')
      .map((c) => c.name);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `gpu${i}`));
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
