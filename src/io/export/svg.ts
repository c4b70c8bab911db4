/**
 * Design → SVG drawing laid out by ELK (elkjs, layered algorithm): containers (rack, node, board) as nested boxes,
 * components as boxes inside them, PCIe links drawn top-down from CPUs through switches to devices; NVLink and other
 * scale-up links in their own colours.
 */
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { kindTraits, type Design, type Link, type Protocol } from '../../model/index.js';

// Drawing sizes in SVG user units (px): wide enough for `pcisw12` and a part id in 11 px text.
const BOX_W = 120;
const BOX_H = 40;
const PAD = 24;
const COLOURS: Partial<Record<Protocol, string>> = {
  pcie: '#4a6fa5',
  nvlink: '#76b900',
  'infinity-fabric': '#c0392b',
  upi: '#8e44ad',
  ethernet: '#e67e22',
  infiniband: '#16a085',
  cxl: '#2c3e50',
  ualink: '#d35400',
};
const FILL = (kind: string): string => {
  const t = kindTraits(kind as Parameters<typeof kindTraits>[0]);
  return t.isAccelerator
    ? '#e8f5d0'
    : t.isNetworkEndpoint
      ? '#fde8d0'
      : t.pcieRole === 'root-complex'
        ? '#dde6f3'
        : t.forwardsTraffic
          ? '#f0e0f5'
          : '#f4f4f4';
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const isRoot = (design: Design, id: string): boolean =>
  design.components.some((c) => c.id === id && kindTraits(c.kind).pcieRole === 'root-complex');
/** CPU-to-CPU links stay out of the layout so that all CPUs head the drawing side by side; drawn straight after. */
const socketLink = (design: Design, l: Link): boolean =>
  isRoot(design, l.from.component) && isRoot(design, l.to.component);

function elkGraph(design: Design): ElkNode {
  const nodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.json.edgeCoords': 'ROOT',
      // Keep components in id order within a layer (gpu0 before gpu1) so drawings of similar nodes look alike.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: [],
    edges: [],
  };
  for (const k of design.containers)
    nodes.set(k.id, {
      id: k.id,
      labels: [{ text: k.id }],
      layoutOptions: { 'elk.padding': `[top=${PAD + 8},left=${PAD},bottom=${PAD},right=${PAD}]` },
      children: [],
    });
  for (const k of design.containers)
    (k.parent ? nodes.get(k.parent) : root)?.children?.push(nodes.get(k.id)!);
  for (const c of design.components) {
    const box: ElkNode = { id: c.id, width: BOX_W, height: BOX_H, labels: [{ text: c.name }] };
    (c.container ? nodes.get(c.container) : root)?.children?.push(box);
  }
  // PCIe edges point downstream (from the root port side) so the layered layout stacks the hierarchy top-down.
  root.edges = design.links
    .filter((l) => !socketLink(design, l))
    .map((l): ElkExtendedEdge => ({ id: l.id, sources: [l.from.component], targets: [l.to.component] }));
  return root;
}

/** Lays the design out and draws it; async because ELK's layout is. */
export async function exportSvg(design: Design): Promise<string> {
  const elk = new ELK();
  const laid = await elk.layout(elkGraph(design));
  const out: string[] = [];
  const byId = new Map(design.components.map((c) => [c.id, c]));
  const at = new Map<string, { x: number; y: number }>();
  const draw = (n: ElkNode, dx: number, dy: number): void => {
    const x = dx + (n.x ?? 0);
    const y = dy + (n.y ?? 0);
    at.set(n.id, { x, y });
    const c = byId.get(n.id);
    if (n.id !== '__root') {
      if (c) {
        out.push(
          `<g><title>${esc(`${c.id} (${c.part})${c.pciBusId ? ` ${c.pciBusId}` : ''}`)}</title><rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="4" fill="${FILL(c.kind)}" stroke="#555"/>`,
        );
        out.push(
          `<text x="${x + BOX_W / 2}" y="${y + 17}" text-anchor="middle" font-size="12">${esc(c.name)}</text><text x="${x + BOX_W / 2}" y="${y + 31}" text-anchor="middle" font-size="9" fill="#555">${esc(c.part)}</text></g>`,
        );
      } else {
        out.push(
          `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="8" fill="none" stroke="#999" stroke-dasharray="4 3"/><text x="${x + 8}" y="${y + 16}" font-size="12" fill="#333">${esc(n.id)}</text>`,
        );
      }
    }
    for (const child of n.children ?? []) draw(child, x, y);
  };
  draw(laid, 0, 0);
  const links = new Map(design.links.map((l) => [l.id, l]));
  for (const e of laid.edges ?? []) {
    const l = links.get(e.id);
    for (const s of e.sections ?? []) {
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${p.x},${p.y}`).join(' ');
      out.push(
        `<polyline points="${pts}" fill="none" stroke="${COLOURS[l?.protocol ?? 'pcie'] ?? '#777'}" stroke-width="${l && l.width >= 16 ? 2 : 1.2}"><title>${esc(`${e.id} ${l?.protocol} x${l?.width}`)}</title></polyline>`,
      );
    }
  }
  for (const l of design.links.filter((x) => socketLink(design, x))) {
    const [a, b] = [at.get(l.from.component), at.get(l.to.component)].sort(
      (p, q) => (p?.x ?? 0) - (q?.x ?? 0),
    );
    if (!a || !b) continue;
    // From the right edge of the left CPU to the left edge of the right one, at mid height.
    const pts = `${a.x + BOX_W},${a.y + BOX_H / 2} ${b.x},${b.y + BOX_H / 2}`;
    out.push(
      `<polyline points="${pts}" fill="none" stroke="${COLOURS[l.protocol] ?? '#777'}" stroke-width="1.2"><title>${esc(`${l.id} ${l.protocol} x${l.width}`)}</title></polyline>`,
    );
  }
  const w = Math.ceil(laid.width ?? 0);
  const h = Math.ceil(laid.height ?? 0);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="Helvetica, Arial, sans-serif">\n${out.join('\n')}\n</svg>\n`;
}
