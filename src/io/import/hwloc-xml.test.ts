// hwloc specifics: v1 files, the NVLinkBandwidth matrix, CXL memory OS devices, GB/s link speeds.
import { describe, expect, it } from 'vitest';
import { pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importHwlocXml } from './hwloc-xml.js';

const pci = (gp: number, bus: string, type: string, inner = '') =>
  `<object type="PCIDev" gp_index="${gp}" pci_busid="${bus}" pci_type="${type}" pci_link_speed="31.507692">${inner}</object>`;

describe('hwloc import', () => {
  it('reads a v1 file (Socket, no gp_index distances) with a GPU under a root port', () => {
    const xml = `<?xml version="1.0"?><topology><object type="Machine" os_index="0"><object type="NUMANode" os_index="0"><object type="Socket" os_index="0">
      <object type="Bridge" os_index="0" bridge_type="0-1" depth="0" bridge_pci="0000:[00-08]">
        <object type="Bridge" os_index="16" bridge_type="1-1" depth="1" bridge_pci="0000:[01-01]" pci_busid="0000:00:01.0" pci_type="0604 [8086:3c02] [0000:0000] 07 00" pci_link_speed="0.000000">
          ${pci(5, '0000:01:00.0', '0302 [10de:20b0] [10de:134f] a1 00')}
        </object></object></object></object></object></topology>`;
    const r = importHwlocXml(xml, testCatalog, pciIds);
    const gpu = r.design.components.find((c) => c.id === 'node0/gpu0')!;
    expect([gpu.part, gpu.pciBusId]).toEqual(['test-a100-sxm4', '0000:01:00.0']);
    // 31.507692 GB/s = 16 lanes x 16 GT/s x 128/130 / 8: Gen4 x16.
    expect(r.design.links[0]?.reported).toEqual({ gen: 4, width: 16 });
  });
  it('turns the NVLinkBandwidth matrix (MB/s) into NVLink links: 150000 / 25000 per NVLink4 link = 6 links', () => {
    const gpus = [1, 2]
      .map((i) =>
        pci(
          10 + i,
          `0000:0${i}:00.0`,
          '0302 [10de:2330] [10de:16c1] a1 00',
          `<object type="OSDev" gp_index="${20 + i}" name="nvml${i}" osdev_type="12"/>`,
        ),
      )
      .join('');
    const nvs = pci(30, '0000:05:00.0', '0680 [10de:22a3] [10de:1796] a1 00');
    const xml = `<topology version="2.0"><object type="Machine"><object type="Bridge" bridge_type="0-1" gp_index="1">${gpus}${nvs}</object></object>
      <distances2hetero nbobjs="3" kind="25" name="NVLinkBandwidth"><indexes length="30">OSDev:21 OSDev:22 PCIDev:30 </indexes>
      <u64values length="40">0 0 150000 0 0 150000 150000 150000 0 </u64values></distances2hetero></topology>`;
    const r = importHwlocXml(xml, testCatalog, pciIds);
    const nv = r.design.links.filter((l) => l.protocol === 'nvlink');
    // Each GPU to the NVSwitch (and the switch's row back, deduplicated): 2 bundles of 6 links x 2 lanes.
    expect(nv.map((l) => [l.from.component, l.to.component, l.width])).toEqual([
      ['node0/gpu0', 'node0/nvsw0', 12],
      ['node0/gpu1', 'node0/nvsw0', 12],
    ]);
  });
  it('reads CXL memory from a CXLMem OS device even when the class code is generic', () => {
    const xml = `<topology><object type="Machine"><object type="Bridge" bridge_type="0-1">${pci(1, '0000:0d:00.0', '0500 [8086:0d93] [1af4:1100] 01 10', '<object type="OSDev" name="mem0" subtype="CXLMem" osdev_type="2"/>')}</object></object></topology>`;
    const d = importHwlocXml(xml, testCatalog, pciIds).design;
    expect(d.components.filter((c) => c.kind === 'cxl-memory').map((c) => c.pciBusId)).toEqual([
      '0000:0d:00.0',
    ]);
  });
});
