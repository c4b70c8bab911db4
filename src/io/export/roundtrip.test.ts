// Round trips: NCCL XML -> design -> NCCL XML -> design is stable; InfraGraph -> design -> InfraGraph loses nothing.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/index.js';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText } from '../import/index.js';
import { exportInfragraph } from './infragraph.js';
import { parseXml, type XmlNode } from '../import/xml.js';
import { exportNcclXml } from './nccl-xml.js';
import { ncclXmlProblems } from './nccl-schema.js';

const opts = { catalog: testCatalog, pciIds };
/** What an NCCL XML file can say: components (id, part, bus id, NUMA) and links (ends, width, trained state). */
const shape = (d: Design) => ({
  components: d.components.map((c) => [c.id, c.part, c.pciBusId, c.numaNode]),
  links: d.links.map((l) => [l.id, l.protocol, l.width, l.reported]),
});

/** Every element NCCL reads from a file, as comparable strings: PCI devices, NVLinks and nets with their attributes. */
function ncclFacts(xml: string) {
  const pci: string[] = [];
  const nvlink: string[] = [];
  const net: string[] = [];
  const walk = (n: XmlNode, bus: string): void => {
    if (n.name === 'pci') {
      const bridge = n.attrs.class === '0x060400';
      pci.push(`${n.attrs.busid} ${bridge ? 'bridge' : n.attrs.class} ${n.attrs.link_width}`);
    }
    if (n.name === 'nvlink') nvlink.push(`${bus} -> ${n.attrs.target} x${n.attrs.count} ${n.attrs.tclass}`);
    if (n.name === 'net')
      net.push(
        `${bus} ${['name', 'dev', 'speed', 'port', 'guid', 'maxconn', 'gdr'].map((k) => n.attrs[k]).join(' ')}`,
      );
    for (const c of n.children) walk(c, n.name === 'pci' ? n.attrs.busid! : bus);
  };
  for (const r of parseXml(xml).roots) walk(r, '');
  return { pci: pci.sort(), nvlink: nvlink.sort(), net: net.sort() };
}

describe('NCCL XML round trip', () => {
  it.each([
    'formats-nccl-topo-dump-h200.xml',
    'formats-nccl-topo-azure-ndv5.xml',
    'aws-p4d.24xlarge-a100-topo.xml',
    'azure-ndv4-a100-topo.xml',
    'azure-ndv5-h100-topo.xml',
    'h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt',
  ])('%s: import | export keeps every device, bus id, nvlink and net, and NCCL reads the result', (file) => {
    const text = fixture(file);
    const first = importText(text, { ...opts, name: file }).design;
    const xml1 = exportNcclXml(first, testCatalog).xml;
    expect(ncclXmlProblems(xml1)).toEqual([]);
    const facts = ncclFacts(text);
    expect(facts.pci.length).toBeGreaterThan(4);
    const out = ncclFacts(xml1);
    expect({ ...out, net: facts.net }).toEqual(facts);
    // every net kept; a NIC the file gave no <net> gets one (NCCL adds the live one by name)
    expect(out.net.filter((n) => facts.net.includes(n))).toEqual(facts.net);
    // design -> XML -> design is the same, and the XML is a fixed point
    const second = importText(xml1, { ...opts, name: file }).design;
    expect(shape(second)).toEqual(shape(first));
    expect(exportNcclXml(second, testCatalog).xml).toBe(xml1);
  });
  it('writes NCCL link_speed strings and class codes, and nvlink counts from width / lanes per link', () => {
    const d = importText(fixture('formats-nccl-topo-dump-h200.xml'), { ...opts, name: 'h200' }).design;
    const xml = exportNcclXml(d, testCatalog).xml;
    expect(xml).toContain(
      '<pci busid="0000:16:00.0" class="0x060400" vendor="0x1000" device="0xc030" link_speed="32.0 GT/s PCIe" link_width="16">',
    );
    // gpu0 -> NVSwitch 07:00.0 with 5 links = 10 lanes / 2 lanes per NVLink4 link.
    expect(xml).toContain('<nvlink target="0000:07:00.0" count="5" tclass="0x068000"/>');
  });
  it('writes placeholders with one summary warning where devices have no bus id (nvidia-smi import)', () => {
    const d = importText(fixture('gcp-a4-highgpu-8g-8xB200-topo.txt'), { ...opts, name: 'gcp' }).design;
    const r = exportNcclXml(d, testCatalog);
    const w = r.issues.filter((i) => i.code === 'nccl-placeholder-busid');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/^16 device\(s\) have no bus id/);
    expect((r.xml.match(/<cpu /g) ?? []).length).toBe(2);
    expect(ncclXmlProblems(r.xml)).toEqual([]);
  });
  it('writes one node per file: --node picks it; none or an unknown id names the nodes', () => {
    const d = importText(fixture('formats-nccl-topo-dump-h200.xml'), { ...opts, name: 'h200' }).design;
    const two = { ...d, containers: [...d.containers, { ...d.containers[0]!, id: 'node1', name: 'node1' }] };
    expect(() => exportNcclXml(two, testCatalog)).toThrow('choose a node with --node (one of: node0, node1)');
    expect(() => exportNcclXml(two, testCatalog, 'nope')).toThrow(
      'no node "nope" in the design (nodes: node0, node1)',
    );
    // node1 holds no component: an empty system; node0 holds the 1 <cpu> of the file.
    expect(exportNcclXml(two, testCatalog, 'node1').xml).toBe('<system version="1">\n</system>\n');
    expect(exportNcclXml(two, testCatalog, 'node0').xml.match(/<cpu /g)).toHaveLength(1);
  });
});

describe('InfraGraph round trip', () => {
  it.each([
    'formats-nccl-topo-dump-h200.xml',
    'puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt',
    'formats-infragraph-dgxa100.yaml',
  ])('%s: design -> InfraGraph -> design is identical', (file) => {
    const first = importText(fixture(file), { ...opts, name: file }).design;
    const yaml = exportInfragraph(first);
    const second = importText(yaml, { ...opts, name: file }).design;
    expect(second).toEqual(first);
    expect(exportInfragraph(second)).toBe(yaml);
  });
  it('without the annotations the graph itself still carries the components and connections', () => {
    const first = importText(fixture('formats-nccl-topo-dump-h200.xml'), { ...opts, name: 'h200' }).design;
    const yaml = exportInfragraph(first).replace(/\nannotations:[\s\S]*$/, '\n');
    const second = importText(yaml, { ...opts, name: 'h200', from: 'infragraph' }).design;
    expect(second.components.map((c) => c.id)).toEqual(first.components.map((c) => c.id));
    expect(second.links).toHaveLength(first.links.length);
  });
});
