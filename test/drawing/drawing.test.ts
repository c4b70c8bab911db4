// Topology drawings: bundles with counts and hand-checked rates, retimers on their link, partitions, switch groups,
// full meshes, collapsed nodes, legends, and no overlapping boxes or labels in any reference design.
import { describe, expect, it } from 'vitest';
import { exportDesign, prepareDesign, drawingOfDesign } from '../../src/api/index.js';
import { builtinNames } from '../../src/io/builtin.js';
import { PAGE_W } from '../../src/report/drawing/style.js';
import { assertLegible, boxes, groups, labelTexts, meshes } from './support.js';

const draw = async (spec: string, o = {}): Promise<string> =>
  (await drawingOfDesign(prepareDesign(spec), o))!;

describe('drawing of reference designs', () => {
  it('HGX H100: each GPU is one bundle of 18 NVLink 4 links (450 GB/s per direction) to the group of 4 NVSwitches', async () => {
    const svg = await draw('builtin:hgx-h100-8');
    const nv = labelTexts(svg).filter((t) => t.includes('NVLink'));
    // H100 SXM5: 18 NVLink 4 links of 25 GB/s per direction = 450 GB/s (NVIDIA: 900 GB/s bidirectional).
    expect(nv).toEqual(Array(8).fill('18× NVLink 4 x2 · 450 GB/s'));
    const g = groups(svg);
    expect(g).toHaveLength(1);
    expect(svg).toContain('>4× nvidia-nvswitch-gen3<');
    const inGroup = boxes(svg).filter((b) => b.id.includes('nvsw'));
    expect(inGroup).toHaveLength(4);
    for (const b of inGroup) expect(b.x >= g[0]!.x && b.x + b.w <= g[0]!.x + g[0]!.w).toBe(true);
    // Four partitioned PEX89144 switches, two virtual switches each.
    expect((svg.match(/<g class="partition">/g) ?? []).length).toBe(8);
    expect((svg.match(/· 2 partitions/g) ?? []).length).toBe(4);
    // The sockets' UPI links: one bundle, drawn between the CPUs.
    expect(labelTexts(svg).filter((t) => t.includes('UPI'))).toHaveLength(1);
    expect(svg).toContain('>Legend<');
    assertLegible(svg);
  });

  it('MI300X: the xGMI full mesh is one bar, each GPU 7 links of 64 GB/s (448 GB/s)', async () => {
    const svg = await draw('builtin:mi300x-8');
    expect(meshes(svg)).toHaveLength(1);
    expect(svg).toContain('xGMI full mesh: 8 accelerators, 28 direct links, no switch');
    // MI300X: 7 xGMI links x16 at 32 GT/s = 64 GB/s per direction each (AMD: 896 GB/s aggregate bidirectional).
    expect(labelTexts(svg).filter((t) => t.includes('xGMI x16'))).toEqual(
      Array(8).fill('7× xGMI x16 · 448 GB/s'),
    );
    assertLegible(svg);
  });

  it('retimers sit on their link: each has one edge up and one down, none floats', async () => {
    const svg = await draw('builtin:pcie-l40s-8');
    const rt = boxes(svg).filter((b) => /\/rt\d$/.test(b.id));
    expect(rt).toHaveLength(4);
    const ends = [
      ...svg.matchAll(/<g class="edge" data-bundle="[^"]*"><title>[^<]* ([^ <]+) – ([^ ,<]+)/g),
    ].flatMap((m) => [m[1], m[2]]);
    for (const r of rt) expect(ends.filter((e) => e === r.id)).toHaveLength(2);
    assertLegible(svg);
  });

  it('a 4-node rack collapses each node into one box with its content, and fits a page', async () => {
    const svg = await draw('builtin:rack-4x-hgx');
    const collapsed = boxes(svg).filter((b) => /node\d$/.test(b.id));
    expect(collapsed.map((b) => b.id).sort()).toEqual([
      'rack0/node0',
      'rack0/node1',
      'rack0/node2',
      'rack0/node3',
    ]);
    expect(svg).toContain('8× nvidia-h100-sxm5');
    expect(labelTexts(svg).filter((t) => t.startsWith('8× InfiniBand'))).toHaveLength(4);
    expect(+svg.match(/^<svg [^>]*width="(\d+)"/)![1]!).toBeLessThanOrEqual(PAGE_W);
    // Opened on request: every GPU drawn.
    const open = await draw('builtin:rack-4x-hgx', { nodes: 'expand' });
    expect(boxes(open).filter((b) => /gpu\d$/.test(b.id))).toHaveLength(32);
  });

  it('GB200 NVL72: 18 compute trays, each 72 NVLink 5 links (3.6 TB/s) to the group of 9 switch trays', async () => {
    const svg = await draw('builtin:gb200-nvl72');
    // 4 B200 per tray x 18 NVLink 5 links x 50 GB/s per direction = 3,600 GB/s per tray.
    expect(labelTexts(svg).filter((t) => t.includes('NVLink 5'))).toEqual(
      Array(18).fill('72× NVLink 5 x2 · 3.6k GB/s'),
    );
    expect(svg).toMatch(/>9× nvidia-nvlink5-switch</);
    assertLegible(svg);
  });

  it('colors by margin on request, with the legend saying what each color means', async () => {
    const svg = await draw('builtin:scorpio-gen6-16', { colorBy: 'margin' });
    expect(svg).toMatch(/margin met|under recommended margin|fails budget|no sourced budget/);
    expect(svg).not.toContain('halo:');
  });

  it.each(builtinNames())('%s draws legibly', async (name) => {
    const r = await exportDesign(`builtin:${name}`, 'svg');
    expect(r.text?.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    assertLegible(r.text!);
    expect(+r.text!.match(/^<svg [^>]*width="(\d+)"/)![1]!).toBeLessThanOrEqual(PAGE_W);
  });
});
