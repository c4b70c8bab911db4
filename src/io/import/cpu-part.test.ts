// CPUs named by their CPUID identity (NCCL <cpu vendor familyid modelid>, hwloc CPUVendor/...) map to catalog parts.
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../catalog/index.js';
import { fixture, pciIds } from '../../../test/fixtures/import/support.js';
import { importText } from './index.js';

const catalog = builtinCatalog();
const cpus = (text: string, name: string) => {
  const r = importText(text, { catalog, pciIds, name });
  return { parts: r.design.components.filter((c) => c.kind === 'cpu').map((c) => c.part), issues: r.issues };
};

describe('CPU parts from imports', () => {
  it('Azure NDv4: 4 <cpu> AuthenticAMD family 23 model 49 (Rome) are the catalog EPYC 7742 family part', () => {
    // Sample header: "2x AMD EPYC Rome (vendor AuthenticAMD familyid 23 modelid 49 in file), 4 NUMA nodes".
    const r = cpus(fixture('azure-ndv4-a100-topo.xml'), 'ndv4');
    expect(r.parts).toEqual(Array(4).fill('amd-epyc-7742'));
    expect(r.issues.find((i) => i.code === 'cpu-part-by-cpuid')?.message).toMatch(/SKU/);
  });
  it('Azure NDv5: GenuineIntel family 6 model 143 (Sapphire Rapids) is intel-xeon-8480c', () => {
    expect(cpus(fixture('azure-ndv5-h100-topo.xml'), 'ndv5').parts).toEqual(
      Array(2).fill('intel-xeon-8480c'),
    );
  });
  it('family 6 model 207 (Emerald Rapids, no catalog part) and model 85 (Cascade Lake) stay generic, said so', () => {
    const h200 = cpus(fixture('formats-nccl-topo-dump-h200.xml'), 'h200');
    expect(new Set(h200.parts)).toEqual(new Set(['generic-cpu']));
    expect(h200.issues.some((i) => /family 6 model 207 matches no catalog CPU/.test(i.message))).toBe(true);
    expect(new Set(cpus(fixture('aws-p4d.24xlarge-a100-topo.xml'), 'p4d').parts)).toEqual(
      new Set(['generic-cpu']),
    );
  });
  it('Granite Rapids (6/173) fits two catalog parts (6900P, 6700P): generic, with both named', () => {
    const xml = [
      '<system version="1">',
      '  <cpu numaid="0" affinity="ffffffff" arch="x86_64" vendor="GenuineIntel" familyid="6" modelid="173">',
      '    <pci busid="0000:18:00.0" class="0x030200" vendor="0x10de" device="0x2335" link_speed="32.0 GT/s PCIe" link_width="16"/>',
      '  </cpu>',
      '</system>',
    ].join('\n');
    const r = cpus(xml, 'gnr');
    expect(r.parts).toEqual(['generic-cpu']);
    expect(r.issues.find((i) => /fits 2 catalog parts/.test(i.message))?.message).toMatch(
      /intel-xeon-6900p, intel-xeon-6700p/,
    );
  });
  it('hwloc: a Package with CPUVendor/CPUFamilyNumber/CPUModelNumber infos maps the same way (Genoa 25/17)', () => {
    // The sample's Packages carry only CPUModel (a Sandy Bridge E5, no catalog part); add the identity hwloc writes.
    const text = fixture('hwloc-2xXeonE5-3xTeslaM2075.xml').replaceAll(
      /(<info name="CPUModel" value=")[^"]*("\/>)/g,
      '<info name="CPUVendor" value="AuthenticAMD"/><info name="CPUFamilyNumber" value="25"/><info name="CPUModelNumber" value="17"/>$1AMD EPYC 9654$2',
    );
    expect(cpus(text, 'genoa').parts).toEqual(['amd-epyc-9004', 'amd-epyc-9004']);
    expect(cpus(fixture('hwloc-2xXeonE5-3xTeslaM2075.xml'), 'e5').parts).toEqual([
      'generic-cpu',
      'generic-cpu',
    ]);
  });
});
