// Every sample in test/fixtures/import imports, with counts checked against what the file says (counted by hand).
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText, summarize } from './index.js';
import type { ImportFormat } from './detect.js';

const run = (name: string) => importText(fixture(name), { catalog: testCatalog, pciIds, name });
const counts = (name: string) => summarize(run(name).design);

/** Each design must be structurally sound: link ends exist, widths fit the port, one upstream per component. */
function sound(name: string): void {
  const { design } = run(name);
  const ports = new Map(
    design.components.flatMap((c) => c.ports.map((p) => [`${c.id}.${p.name}`, p] as const)),
  );
  for (const l of design.links) {
    for (const end of [l.from, l.to]) {
      const p = ports.get(`${end.component}.${end.port}`);
      expect(p, `${l.id}: ${end.component}.${end.port}`).toBeDefined();
      expect(l.width).toBeLessThanOrEqual(p!.lanes);
    }
  }
  for (const c of design.components) {
    const ups = design.links.filter(
      (l) => l.to.component === c.id && c.ports.find((p) => p.name === l.to.port)?.role === 'upstream',
    );
    expect(ups.length, c.id).toBeLessThanOrEqual(1);
  }
}

describe('detection', () => {
  const cases: [string, ImportFormat][] = [
    ['aws-p4d.24xlarge-a100-topo.xml', 'nccl-xml'],
    ['hwloc-2xXeonE5-3xTeslaM2075.xml', 'hwloc'],
    ['puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt', 'lspci'],
    ['gcp-a4-highgpu-8g-8xB200-topo.txt', 'nvidia-smi'],
    ['amd-8gpu-0x74a2-rocm-smi-showtopo.txt', 'rocm-smi'],
    ['formats-infragraph-dgxa100.yaml', 'infragraph'],
  ];
  it.each(cases)('%s is %s', (name, format) => expect(run(name).format).toBe(format));
});

describe('NCCL topology XML samples', () => {
  it('AWS p4d: 2 <cpu>, 4 ffff:ff switches each with 2 GPUs (0x030200) and 1 EFA (0x020000)', () => {
    expect(counts('aws-p4d.24xlarge-a100-topo.xml')).toEqual({
      gpus: 8,
      nics: 4,
      cpus: 2,
      pcieSwitches: 4,
      nvlinkBundles: 0,
      retimers: 0,
    });
    sound('aws-p4d.24xlarge-a100-topo.xml');
  });
  it('Azure ND A100 v4: 4 <cpu> (numaid 0-3), 4 switches of 2 GPUs + 2 IB NICs (0x020700)', () => {
    expect(counts('azure-ndv4-a100-topo.xml')).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 4,
      pcieSwitches: 4,
      nvlinkBundles: 0,
      retimers: 0,
    });
  });
  it('Azure ND H100 v5: 2 <cpu>, 8 switches of 1 GPU + 1 NIC; synthetic switches flagged', () => {
    const r = run('azure-ndv5-h100-topo.xml');
    expect(summarize(r.design)).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 2,
      pcieSwitches: 8,
      nvlinkBundles: 0,
      retimers: 0,
    });
    expect(r.design.components.find((c) => c.id === 'node0/pcisw0')?.pciBusId).toBe('ffff:ff:01.0');
    sound('azure-ndv5-h100-topo.xml');
  });
  it('H200 dump (partial): NUMA 0 has 3 switches (16, 27, 38) and NUMA 1 one (5a) before the cut', () => {
    const r = run('h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt');
    // GPUs 18:00.0, 2a:00.0, 3a:00.0; NICs 19, 29, 3b and 5c (cut inside its <nic>); 3 GPUs x 4 <nvlink> = 12 bundles.
    expect(summarize(r.design)).toEqual({
      gpus: 3,
      nics: 4,
      cpus: 2,
      pcieSwitches: 4,
      nvlinkBundles: 12,
      retimers: 0,
    });
    expect(r.issues.map((i) => i.code)).toContain('xml-malformed');
    const gpu0 = r.design.components.find((c) => c.id === 'node0/gpu0')!;
    expect([gpu0.pciBusId, gpu0.part]).toEqual(['0000:18:00.0', 'test-h200-sxm']);
    // 4 NVSwitch targets 05..08; gpu0 has counts 5,5,4,4 = 18 links x 2 lanes (NVLink4 from sm 90) = 36 lanes.
    expect(r.design.components.filter((c) => c.kind === 'nvlink-switch')).toHaveLength(4);
    expect(gpu0.ports.find((p) => p.name === 'nvlink')?.lanes).toBe(36);
    expect(r.design.components.find((c) => c.id === 'node0/pcisw0')?.part).toBe('test-pex890xx');
    sound('h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt');
  });
  it('format excerpts: H200 dump (1 <cpu>, 2 switches, 2 GPUs x 4 nvlinks) and ND v5 (1 <cpu>, 4 pairs)', () => {
    expect(counts('formats-nccl-topo-dump-h200.xml')).toEqual({
      gpus: 2,
      nics: 2,
      cpus: 1,
      pcieSwitches: 2,
      nvlinkBundles: 8,
      retimers: 0,
    });
    expect(counts('formats-nccl-topo-azure-ndv5.xml')).toEqual({
      gpus: 4,
      nics: 4,
      cpus: 1,
      pcieSwitches: 4,
      nvlinkBundles: 0,
      retimers: 0,
    });
  });
  it('an NCCL graph dump is not a topology: error issue, empty design', () => {
    const r = run('formats-nccl-graph-dump.xml');
    expect(r.issues.find((i) => i.severity === 'error')?.code).toBe('nccl-no-system');
    expect(r.design.components).toHaveLength(0);
  });
});

describe('hwloc XML samples', () => {
  it('2x Xeon E5: 2 Packages; 3 Tesla M2075 (0302); NIC 04:00.0 (ConnectX-4), management 81:00.0/.1 (I350 1 GbE)', () => {
    // The Matrox 0300 display (legacy PCI, no link) and the Radeon function 84:00.1 (no link speed) are not GPUs.
    expect(counts('hwloc-2xXeonE5-3xTeslaM2075.xml')).toEqual({
      gpus: 3,
      nics: 1,
      cpus: 2,
      pcieSwitches: 0,
      nvlinkBundles: 0,
      retimers: 0,
      managementNics: 2,
    });
    sound('hwloc-2xXeonE5-3xTeslaM2075.xml');
  });
  it('DGX-2 excerpt: root port 2b -> PLX 2c/2d -> PLX 32/33 -> V100 34:00.0: two switch levels (PXB), Gen3 x16', () => {
    const r = run('formats-hwloc-xml-dgx2-pci.xml');
    expect(summarize(r.design)).toMatchObject({ gpus: 1, cpus: 1, pcieSwitches: 2 });
    // 15.753846 GB/s = 16 lanes x 8 GT/s x 128/130 / 8.
    expect(r.design.links.find((l) => l.to.component === 'node0/gpu0')?.reported).toEqual({
      gen: 3,
      width: 16,
    });
    expect(r.issues.map((i) => i.code)).toContain('hwloc-nvlink-partial');
  });
  it('CXL excerpt: two CXL Type-3 devices (0502, CXLMem) behind two levels of Huawei switch bridges', () => {
    const d = run('formats-hwloc-xml-cxl-memory.xml').design;
    expect(d.components.filter((c) => c.kind === 'cxl-memory').map((c) => c.pciBusId)).toEqual([
      '0000:11:00.0',
      '0000:12:00.0',
    ]);
    expect(summarize(d).pcieSwitches).toBe(2);
  });
});

describe('lspci samples', () => {
  it('KVM guest: 8 H200 (10de:2335) and 8 ConnectX-7 each on a root port of bus 00; flagged as flattened', () => {
    const r = run('h200-kvm-vm-flat-passthrough-lspci-tvv.txt');
    expect(summarize(r.design)).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 1,
      pcieSwitches: 0,
      nvlinkBundles: 0,
      retimers: 0,
    });
    expect(r.issues.map((i) => i.code)).toContain('vm-flattened-tree');
    // Not imported: 00.0, 1f.0, 1f.2, 1f.3 on the root bus and the 6 virtio/QEMU devices behind root ports 01.0-01.3,
    // 03.4, 03.5 (virtio-net is a VM's management NIC, not an RDMA NIC nvidia-smi would list): 4 + 6 = 10.
    expect(r.issues.find((i) => i.code === 'devices-skipped')?.message).toMatch(/^10 PCI function/);
    // lspci -tv gives no link state: the test part's pcie port (x16, Gen5) stands in, and says so.
    expect(r.issues.map((i) => i.message)).toContain(
      'link speed of node0/gpu0 unknown: Gen5 x16 assumed from the part',
    );
    // 01.4-[05]----00.0 is the first GPU: bus 05, device 00.0.
    expect(r.design.components.find((c) => c.id === 'node0/gpu0')?.pciBusId).toBe('0000:05:00.0');
  });
  it('format excerpt with two trees: only the first (the VM) is read, with a warning', () => {
    const r = run('formats-lspci-tv.txt');
    expect(summarize(r.design).gpus).toBe(8);
    expect(r.issues.map((i) => i.code)).toContain('lspci-several-trees');
  });
  it('Threadripper: 2 RTX 6000 Ada (VGA, x16), CX-7 21:00.0/.1 and X710 14:00.0/.1, 3 switches on the 01-13 branch', () => {
    const r = run('puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt');
    // Switches: 01:00.0 (up of [02-13]), 03:00.0, 09:00.0 (8 Samsung NVMe below); the 0f:00.0 switch holds only the
    // HighPoint RAID function 11:00.0 (class 0104 in -vvv: no drive, not imported), and the 22-89, 8b-8e and e1
    // branches hold nothing imported either. NICs: the CX-7's 2 ports; the X710 10GBASE-T pair are management ports.
    expect(summarize(r.design)).toEqual({
      gpus: 2,
      nics: 2,
      cpus: 1,
      pcieSwitches: 3,
      nvlinkBundles: 0,
      retimers: 0,
      managementNics: 2,
    });
    const gpu0 = r.design.links.find((l) => l.to.component === 'node0/gpu0')!;
    // LnkCap 16GT/s x16, LnkSta 2.5GT/s (downgraded) x16.
    expect([gpu0.capable, gpu0.reported]).toEqual([
      { gen: 4, width: 16 },
      { gen: 1, width: 16 },
    ]);
    // GPU0 and GPU1 (Gen1 of Gen4); the RAID function's x1-of-x2 link is not imported.
    expect(r.issues.filter((i) => i.code === 'link-downtrained')).toHaveLength(2);
    // Skipped: functions on the root buses, 18 on 00 (00.0, 00.3, 01.0-07.0 x6, 14.0, 14.3, 18.0-18.7) and 8 on each
    // of 20, c0, e0 (00.0, 00.3, 01.0-07.0 x6) = 42; the 2 GPU audio functions; 13 behind bridges with nothing
    // imported (16:00.0/.4/.5/.7, 88, 89, 8d, 8e, 8f, c3, e2 ASPEED, e3:00.0/.4); the RAID function 11:00.0.
    // 42 + 2 + 13 + 1 = 58.
    expect(r.issues.find((i) => i.code === 'devices-skipped')?.message).toMatch(/^58 PCI function/);
    // 21:00.1 is port 2 of the ConnectX-7 at 21:00.0: one PCIe link, two network functions.
    expect(r.design.components.find((c) => c.pciBusId === '0000:21:00.1')?.infos.sharesLinkOf).toBe(
      'node0/nic2',
    );
    // 14:00.1 (X710) and 21:00.1 (ConnectX-7) have no link of their own, and the import says so.
    expect(
      r.issues.filter((i) => i.code === 'function-shares-link').map((i) => i.message.split(' ')[0]),
    ).toEqual(['node0/nic1', 'node0/nic3']);
    sound('puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt');
  });
  it('Threadripper without the PCI ID database: the GPUs still import (VGA class x16 in -vvv, "RTX" in -tv)', () => {
    const text = fixture('puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt');
    const r = importText(text, { catalog: testCatalog, pciIds: null, name: 'tr' });
    expect(summarize(r.design)).toMatchObject({ gpus: 2, nics: 2, managementNics: 2 });
    expect(r.design.components.filter((c) => c.kind === 'accelerator').map((c) => c.pciBusId)).toEqual([
      '0000:c1:00.0',
      '0000:c2:00.0',
    ]);
  });
});

describe('nvidia-smi and rocm-smi samples', () => {
  it('GCP a4 B200: NV18 everywhere -> one NVSwitch fabric; PIX quads -> 4 switches; SYS splits 2 sockets', () => {
    const r = run('gcp-a4-highgpu-8g-8xB200-topo.txt');
    expect(summarize(r.design)).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 2,
      pcieSwitches: 4,
      nvlinkBundles: 8,
      retimers: 0,
    });
    expect(r.design.components.find((c) => c.id === 'node0/gpu4')?.numaNode).toBe(1);
    sound('gcp-a4-highgpu-8g-8xB200-topo.txt');
  });
  it('H100 excerpt: each GPU PIX with one NIC -> 8 switches; NODE between pairs -> 4 host bridges per socket', () => {
    const d = run('formats-nvidia-smi-topo-m.txt').design;
    expect(summarize(d)).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 2,
      pcieSwitches: 8,
      nvlinkBundles: 8,
      retimers: 0,
    });
    // One CPU port per host bridge: NODE between the 4 GPU+NIC pairs of socket 0 means 4 ports.
    const hbs = d.components.find((c) => c.id === 'node0/cpu0')!.ports.filter((p) => p.protocol === 'pcie');
    expect(hbs).toHaveLength(4);
  });
  it('rocm-smi MI300: 8 GPUs, NUMA 0 and 1, XGMI between all 8x7/2 = 28 pairs', () => {
    const r = run('amd-8gpu-0x74a2-rocm-smi-showtopo.txt');
    expect(summarize(r.design)).toMatchObject({ gpus: 8, cpus: 2, nics: 0 });
    expect(
      r.design.links.filter((l) => l.protocol === 'infinity-fabric' && l.from.component.includes('gpu')),
    ).toHaveLength(28);
    expect(r.design.components.find((c) => c.id === 'node0/gpu0')?.infos.pciId).toBe('1002:74a2');
  });
});

describe('InfraGraph samples', () => {
  it('DGX A100 excerpt: cpu.1, xpu.7, pciesw.3 and nvlsw.0 are the highest indices used', () => {
    const r = run('formats-infragraph-dgxa100.yaml');
    // nvlink connections before the cut: xpu.0 and xpu.1 to nvlsw.0.
    expect(summarize(r.design)).toEqual({
      gpus: 8,
      nics: 0,
      cpus: 2,
      pcieSwitches: 4,
      nvlinkBundles: 2,
      retimers: 0,
    });
  });
  it('scale-up/scale-out: 8 hosts x (1 xpu + 4 nic) + a switch with 8 nic-typed ports; VendorC-Router undefined', () => {
    const r = run('formats-infragraph-scaleup-scaleout.yaml');
    // The switch's 8 `port` components (type nic, wired to its asic) are its ports, not NICs: 8 x 4 host NICs only.
    expect(summarize(r.design)).toMatchObject({ gpus: 8, nics: 8 * 4 });
    const toSwitch = r.design.links.filter(
      (l) => l.from.component.startsWith('host') && l.to.component.startsWith('susw'),
    );
    expect(toSwitch).toHaveLength(8);
    // Each host's nic0 reaches the switch asic on a port of its own.
    expect(new Set(toSwitch.map((l) => l.to.component))).toEqual(new Set(['susw0/asic0']));
    expect(new Set(toSwitch.map((l) => l.to.port)).size).toBe(8);
    expect(r.design.components.filter((c) => c.id.startsWith('susw0/'))).toHaveLength(1);
    expect(r.issues.map((i) => i.code)).toContain('infragraph-switch-ports');
    expect(r.issues.map((i) => i.code)).toContain('infragraph-device-missing');
  });
});

describe('with the built-in catalog (whatever parts it holds)', () => {
  it('every sample imports, and GPU counts do not depend on the catalog for files that state classes', async () => {
    const { readdirSync } = await import('node:fs');
    const { builtinCatalog } = await import('../../catalog/index.js');
    const dir = new URL('../../../test/fixtures/import/', import.meta.url);
    const files = readdirSync(dir).filter((f) => !f.endsWith('.ts'));
    expect(files.length).toBe(18);
    for (const f of files) {
      const r = importText(fixture(f), { catalog: builtinCatalog(), pciIds, name: f });
      if (f.endsWith('.xml') && !f.includes('graph'))
        expect(summarize(r.design).gpus, f).toBe(counts(f).gpus);
    }
  });
});
