// SVG drawing: every component drawn once, component boxes never overlap, edges end on their boxes; works at rack scale.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/index.js';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText } from '../import/index.js';
import { exportSvg } from './svg.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const boxes = (svg: string): Box[] =>
  [
    ...svg.matchAll(
      /<g><title>[^<]*<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ),
  ].map((m) => ({ x: +m[1]!, y: +m[2]!, w: +m[3]!, h: +m[4]! }));
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function assertLegible(design: Design, svg: string): void {
  const bs = boxes(svg);
  expect(bs).toHaveLength(design.components.length);
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++) expect(overlap(bs[i]!, bs[j]!)).toBe(false);
  expect((svg.match(/<polyline /g) ?? []).length).toBeGreaterThanOrEqual(design.links.length);
  // Every edge starts and ends on the border of some box (1 px tolerance).
  const onBorder = (x: number, y: number) =>
    bs.some((b) => x >= b.x - 1 && x <= b.x + b.w + 1 && y >= b.y - 1 && y <= b.y + b.h + 1);
  for (const m of svg.matchAll(/<polyline points="([^"]+)"/g)) {
    const pts = m[1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(onBorder(pts[0]![0]!, pts[0]![1]!)).toBe(true);
    expect(onBorder(pts.at(-1)![0]!, pts.at(-1)![1]!)).toBe(true);
  }
}

/** A rack of 18 trays of 4 GPUs behind one CPU each (72 accelerators), every GPU linked to one NVLink switch. */
function rack72(): Design {
  const node = importText(fixture('formats-nccl-topo-dump-h200.xml'), {
    catalog: testCatalog,
    pciIds,
    name: 'x',
  }).design;
  const trays = Array.from({ length: 18 }, (_, t) => `rack0/tray${t}`);
  const comps = trays.flatMap((tray) => [
    {
      ...node.components.find((c) => c.id === 'node0/cpu0')!,
      id: `${tray}/cpu0`,
      name: 'cpu0',
      container: tray,
      ports: [],
    },
    ...[0, 1, 2, 3].map((g) => ({
      ...node.components.find((c) => c.id === 'node0/gpu0')!,
      id: `${tray}/gpu${g}`,
      name: `gpu${g}`,
      container: tray,
      ports: [],
    })),
  ]);
  const nvsw = {
    ...node.components.find((c) => c.id === 'node0/nvsw0')!,
    id: 'rack0/nvsw0',
    name: 'nvsw0',
    container: 'rack0',
    ports: [],
  };
  const link = (a: string, b: string, protocol: 'pcie' | 'nvlink') => ({
    id: `${a}~${b}`,
    from: { component: a, port: 'p' },
    to: { component: b, port: 'p' },
    protocol,
    width: 16,
    gen: null,
    laneRateGbps: null,
    channel: [],
    reported: null,
    capable: null,
  });
  return {
    ...node,
    containers: [
      { id: 'rack0', name: 'rack0', level: 'rack', parent: null, module: null },
      ...trays.map((id) => ({ id, name: id, level: 'node' as const, parent: 'rack0', module: null })),
    ],
    components: [...comps, nvsw],
    links: trays.flatMap((tray) =>
      [0, 1, 2, 3].flatMap((g) => [
        link(`${tray}/cpu0`, `${tray}/gpu${g}`, 'pcie'),
        link(`${tray}/gpu${g}`, 'rack0/nvsw0', 'nvlink'),
      ]),
    ),
  };
}

describe('exportSvg', () => {
  it('draws an 8-GPU node (H200 dump) legibly', async () => {
    const d = importText(fixture('h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt'), {
      catalog: testCatalog,
      pciIds,
      name: 'h200',
    }).design;
    const svg = await exportSvg(d);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    assertLegible(d, svg);
  });
  it('draws a 72-accelerator rack with nested containers', async () => {
    const d = rack72();
    const svg = await exportSvg(d);
    assertLegible(d, svg);
    expect((svg.match(/stroke-dasharray/g) ?? []).length).toBe(1 + 18);
  });
});
