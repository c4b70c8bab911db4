/**
 * Every reference design's NCCL topology export: what NCCL reads (the schema of src/io/export/nccl-schema.ts),
 * each device exactly once with its <gpu>/<nvlink> and <nic>/<net> children, and a round trip (export | import)
 * that keeps the GPU, NIC, NVLink and PCIe-switch counts and the class matrix of the node.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../src/api/index.js';
import { builtinCatalog, findPart, findStandard, type Catalog } from '../../src/catalog/index.js';
import { ncclXmlProblems } from '../../src/io/export/nccl-schema.js';
import { importText } from '../../src/io/import/index.js';
import { loadDesign } from '../../src/io/index.js';
import { kindTraits, type Design } from '../../src/model/index.js';
import { pathMatrices } from '../../src/perf/index.js';
import { pathsInput } from '../support/paths-input.js';

const designs = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
/** The node each multi-node design is exported for. */
const NODE: Record<string, string> = { 'rack-4x-hgx': 'rack0/node1', 'gb200-nvl72': 'rack0/compute0' };

const inNode = (d: Design, node: string) =>
  d.components.filter((c) => c.container === node || c.id.startsWith(`${node}/`));

/** GPUs, NICs, PCIe switches and NVLink links (lanes / lanes per link of the standard) of one node. */
function counts(d: Design, node: string, catalog: Catalog) {
  const ids = new Set(inNode(d, node).map((c) => c.id));
  const gpus = [...ids].filter((id) => kindTraits(d.components.find((c) => c.id === id)!.kind).isAccelerator);
  const nvlinks = d.links
    .filter(
      (l) => l.protocol === 'nvlink' && (gpus.includes(l.from.component) || gpus.includes(l.to.component)),
    )
    .reduce((a, l) => a + l.width / (findStandard(catalog, 'nvlink', l.gen ?? 0)?.lanesPerLink ?? 1), 0);
  const kinds = inNode(d, node).map((c) => kindTraits(c.kind));
  return {
    gpus: gpus.length,
    nics: kinds.filter((t) => t.isNetworkEndpoint).length,
    pcieSwitches: kinds.filter((t) => t.pcieRole === 'switch').length,
    nvlinks,
  };
}

describe.each(designs)('NCCL export of %s', (name) => {
  const node = NODE[name] ?? 'node0';
  it('is what NCCL reads, has each device once with gpu/nvlink and nic/net, and round-trips', async () => {
    const run = await exportDesign(`builtin:${name}`, 'nccl-xml', { node: NODE[name] });
    const loaded = loadDesign(`builtin:${name}`);
    const design = loaded.design!;
    const catalog = loaded.catalog;
    const xml = run.text!;
    expect(ncclXmlProblems(xml)).toEqual([]);
    // one summary warning at most per kind of problem
    const codes = run.warnings.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);

    const devices = inNode(design, node).filter((c) => {
      const t = kindTraits(c.kind);
      return (t.pcieRole === 'endpoint' || t.isAccelerator) && !c.infos.sharesLinkOf;
    });
    const busIds = [...xml.matchAll(/<pci busid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(busIds).size).toBe(busIds.length);
    for (const c of devices) expect(busIds.filter((b) => b === run.busIds!.get(c.id))).toHaveLength(1);

    const before = counts(design, node, catalog);
    expect((xml.match(/<net /g) ?? []).length).toBe(before.nics);
    const nvidiaGpus = devices.filter((c) => findPart(catalog, c.part)?.props?.cudaSm !== undefined);
    expect((xml.match(/<gpu /g) ?? []).length).toBe(nvidiaGpus.length);
    const written = [...xml.matchAll(/<nvlink [^>]*count="(\d+)"/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(written).toBe(before.nvlinks);

    const back = importText(xml, { catalog, pciIds: null, name: `${name}.xml`, from: 'nccl-xml' }).design;
    expect(counts(back, 'node0', catalog)).toEqual(before);

    // The class matrix of the node's GPUs and NICs, matched by the bus ids the export wrote.
    const ids = devices.filter(
      (c) => kindTraits(c.kind).isAccelerator || kindTraits(c.kind).isNetworkEndpoint,
    );
    const byBus = new Map(back.components.map((c) => [c.pciBusId, c.id]));
    const backIds = ids.map((c) => byBus.get(run.busIds!.get(c.id)!)!);
    expect(backIds.every((id) => id !== undefined)).toBe(true);
    const m1 = pathMatrices(
      pathsInput(design, catalog).fabric,
      ids.map((c) => c.id),
      { profile: 'nccl' },
    );
    const m2 = pathMatrices(pathsInput(back, catalog).fabric, backIds, { profile: 'nccl' });
    // An NCCL file carries PCIe and NVLink. Not xGMI or UALink between accelerators (RCCL's own <xgmi> element is not
    // written), nor a GB200 tray's NVLink-C2C GPUs and unlinked Grace sockets (NCCL puts GPUs on PCIe, links all CPUs).
    const carried = (a: number, b: number): boolean =>
      name === 'gb200-nvl72'
        ? /^(X|NV\d+)$/.test(m1.class[a]![b]!)
        : /^(X|PIX|PXB|PHB|NODE|SYS|NV\d+)$/.test(m1.class[a]![b]!);
    const cells = (m: (string | null)[][]) => m.map((row, a) => row.map((v, b) => (carried(a, b) ? v : '-')));
    expect(cells(m2.class)).toEqual(cells(m1.class));
    if (ids.length > 1)
      expect(
        cells(m1.class)
          .flat()
          .filter((v) => v !== '-').length,
      ).toBeGreaterThan(ids.length);
  });
});

describe('NCCL export: the known answers of issue 14', () => {
  it('hgx-h100-8: 8 GPUs and 8 NICs once each, one <pci> per virtual switch of the 4 partitioned PEX chips', async () => {
    const { text, warnings: issues } = await exportDesign('builtin:hgx-h100-8', 'nccl-xml');
    expect(text!.match(/class="0x030200"/g)).toHaveLength(8);
    expect(text!.match(/<net /g)).toHaveLength(8);
    expect(text!.match(/class="0x060400"/g)).toHaveLength(8);
    expect(text!.match(/rackwire_chip="pcisw\d\.v[01]"/g)).toHaveLength(8);
    // CPU identity of the Xeon 8480C (Sapphire Rapids, CPUID family 6 model 0x8F = 143)
    expect(text).toContain('<cpu numaid="0" arch="x86_64" vendor="GenuineIntel" familyid="6" modelid="143">');
    // each GPU's 18 NVLink4 links spread 5/4/4/5 over the four NVSwitches
    expect(text).toContain('<gpu dev="0" sm="90" rank="0" gdr="1">');
    expect(text!.match(/<nvlink target="ffff:fe:0[1-4]\.0" count="[45]" tclass="0x068000"\/>/g)).toHaveLength(
      32,
    );
    expect(issues.map((i) => i.code)).toEqual(['nccl-placeholder-busid']);
    const back = importText(text!, { catalog: builtinCatalog(), pciIds: null, name: 'h100.xml' }).design;
    expect(back.components.filter((c) => c.kind === 'accelerator')).toHaveLength(8);
  });
  it('scorpio-gen6-16: the x16 uplink trains at the Gen5 host (32 GT/s), the Gen6 device links at 64 GT/s', async () => {
    const { text } = await exportDesign('builtin:scorpio-gen6-16', 'nccl-xml');
    const lines = text!.split('\n');
    expect(lines.find((l) => l.includes('class="0x060400"'))).toContain('link_speed="32.0 GT/s PCIe"');
    expect(lines.filter((l) => l.includes('class="0x030200"') && l.includes('64.0 GT/s PCIe'))).toHaveLength(
      16,
    );
  });
  it('rack-4x-hgx: NICs cabled to the Quantum-2 leaf over InfiniBand are class 0x020700', async () => {
    const { text } = await exportDesign('builtin:rack-4x-hgx', 'nccl-xml', { node: 'rack0/node1' });
    expect(text!.match(/class="0x020700"/g)).toHaveLength(8);
    expect(text).not.toContain('class="0x020000"');
  });
});
