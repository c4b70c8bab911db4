// NCCL XML details the samples do not show: a `<nic>` with several `<net>` ports on one PCI function.
import { describe, expect, it } from 'vitest';
import { pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText, summarize } from './index.js';

// Hand-written in the dump's shape (NVIDIA/nccl src/graph/xml.cc writes one <net> per port under the function's
// <nic>): one dual-port function, so two network functions on one PCIe link.
const DUAL_PORT = `<system version="1">
  <cpu numaid="0" arch="x86_64" vendor="GenuineIntel">
    <pci busid="0000:0c:00.0" class="0x020700" vendor="0x15b3" device="0x1021" link_speed="32.0 GT/s PCIe" link_width="16">
      <nic>
        <net name="mlx5_0" dev="0" speed="400000" port="1"/>
        <net name="mlx5_1" dev="1" speed="200000" port="2"/>
      </nic>
    </pci>
  </cpu>
</system>
`;

describe('NCCL XML import', () => {
  it('a <nic> with two <net> ports is two NICs sharing one PCIe link', () => {
    const r = importText(DUAL_PORT, { catalog: testCatalog, pciIds, name: 'dual' });
    expect(summarize(r.design)).toMatchObject({ gpus: 0, nics: 2, cpus: 1 });
    expect(r.design.links.filter((l) => l.protocol === 'pcie').map((l) => l.to.component)).toEqual([
      'node0/nic0',
    ]);
    const nic1 = r.design.components.find((c) => c.id === 'node0/nic1')!;
    expect([nic1.pciBusId, nic1.part, nic1.infos.netDevices, nic1.infos.netSpeedMbps]).toEqual([
      '0000:0c:00.0',
      'test-cx7',
      'mlx5_1',
      '200000',
    ]);
    expect(nic1.infos.sharesLinkOf).toBe('node0/nic0');
    expect(r.issues.map((i) => i.code)).toContain('function-shares-link');
  });
});
