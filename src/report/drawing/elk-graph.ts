/**
 * The ELK graph of a drawing (elkjs, layered algorithm, top-down): containers as nested boxes, components as boxes
 * in a stable order, partitioned switches as a box of partition boxes, collapsed nodes as one box with a summary of
 * what they hold, bundles as edges with a label ELK places without overlap.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Design } from '../../model/index.js';
import { bundleLabel, contentSummary, protocolName, textWidth } from './labels.js';
import { componentOrder } from './order.js';
import { BOX_H, BOX_MIN_W, EDGE_LABEL_PX, PAD, PARTITION_H, PARTITION_W } from './style.js';
import type { SwitchGroup } from './groups.js';
import type { Mesh } from './meshes.js';
import type { Bundle } from './types.js';
import { naturalCompare, partitionBoxId, type Visibility } from './visible.js';

const BOX_TEXT_PX = 12;
const SUMMARY_PX = 9;

const containerOptions = {
  'elk.padding': `[top=${PAD + 12},left=${PAD},bottom=${PAD},right=${PAD}]`,
};

/** Containers below `id` (inclusive), for a collapsed node's summary. */
function subtree(design: Design, id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const k of design.containers)
      if (k.parent !== null && out.has(k.parent) && !out.has(k.id)) {
        out.add(k.id);
        grew = true;
      }
  }
  return out;
}

function collapsedBox(design: Design, id: string, name: string): ElkNode {
  const lines = contentSummary(design, subtree(design, id));
  const w =
    Math.max(BOX_MIN_W, textWidth(name, BOX_TEXT_PX), ...lines.map((l) => textWidth(l, SUMMARY_PX))) + 16;
  return { id, width: w, height: 22 + lines.length * 12, labels: [name, ...lines].map((text) => ({ text })) };
}

function componentBox(vis: Visibility, id: string, name: string, part: string): ElkNode {
  const w = Math.max(BOX_MIN_W, textWidth(name, BOX_TEXT_PX), textWidth(part, SUMMARY_PX)) + 8;
  const parts = vis.partitions.get(id);
  if (!parts) return { id, width: w, height: BOX_H, labels: [{ text: name }] };
  // A partitioned switch: its name on top, one box per virtual switch inside.
  return {
    id,
    labels: [{ text: name }],
    layoutOptions: {
      'elk.padding': `[top=${BOX_H - 4},left=8,bottom=8,right=8]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${w + textWidth(' · 2 partitions', SUMMARY_PX)}, ${BOX_H})`,
      'elk.spacing.nodeNode': '8',
    },
    children: parts.map((p) => ({
      id: partitionBoxId(id, p),
      width: PARTITION_W,
      height: PARTITION_H,
      labels: [{ text: p }],
    })),
  };
}

/** Places boxes into their container, or into their switch group's box (made at the first member's place). */
function placer(groups: readonly SwitchGroup[], nodes: Map<string, ElkNode>, root: ElkNode) {
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
  const made = new Map<string, ElkNode>();
  return (box: ElkNode, container: string | null): void => {
    const parent = (container ? nodes.get(container) : root)?.children;
    const g = groupOf.get(box.id);
    if (!g) return void parent?.push(box);
    let gn = made.get(g.id);
    if (!gn) {
      gn = {
        id: g.id,
        labels: [{ text: `${g.members.length}× ${g.what}` }],
        layoutOptions: {
          'elk.padding': `[top=${PAD},left=10,bottom=10,right=10]`,
          'elk.spacing.nodeNode': '12',
        },
        children: [],
      };
      made.set(g.id, gn);
      parent?.push(gn);
    }
    gn.children!.push(box);
  };
}

/**
 * Fixed port order: a box's edges leave from its bottom and arrive at its top in the natural order of the box at the
 * other end, so the layout keeps the stable order (gpu0 ... gpu15 below their switch) instead of a shuffled one.
 */
function addPorts(root: ElkNode, bundles: readonly Bundle[]): void {
  const ports = new Map<string, { id: string; side: 'SOUTH' | 'NORTH'; other: string }[]>();
  const add = (box: string, id: string, side: 'SOUTH' | 'NORTH', other: string): void => {
    ports.set(box, [...(ports.get(box) ?? []), { id, side, other }]);
  };
  for (const b of bundles) {
    add(b.from, `${b.id}:out`, 'SOUTH', b.to);
    add(b.to, `${b.id}:in`, 'NORTH', b.from);
  }
  const visit = (n: ElkNode): void => {
    const own = ports.get(n.id);
    if (own) {
      n.layoutOptions = { ...n.layoutOptions, 'elk.portConstraints': 'FIXED_ORDER' };
      const sorted = [...own].sort((a, b) => naturalCompare(a.other, b.other));
      // ELK numbers ports clockwise: left to right on the top side, right to left on the bottom side.
      const south = sorted.filter((p) => p.side === 'SOUTH');
      const north = sorted.filter((p) => p.side === 'NORTH');
      n.ports = [
        ...north.map((p, i) => ({
          id: p.id,
          width: 1,
          height: 1,
          layoutOptions: { 'elk.port.side': 'NORTH', 'elk.port.index': `${i}` },
        })),
        ...south.map((p, i) => ({
          id: p.id,
          width: 1,
          height: 1,
          layoutOptions: { 'elk.port.side': 'SOUTH', 'elk.port.index': `${south.length - 1 - i}` },
        })),
      ];
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
}

export function elkGraph(
  design: Design,
  vis: Visibility,
  bundles: readonly Bundle[],
  groups: readonly SwitchGroup[] = [],
  meshes: readonly Mesh[] = [],
): ElkNode {
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '2',
      'elk.spacing.edgeEdge': '6',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.spacing.edgeNodeBetweenLayers': '12',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
      // Boxes are given in the stable order (NUMA, switch, natural name); ELK keeps it where it costs no crossings,
      // and its layout is deterministic, so the same design always draws the same.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',

      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: [],
    edges: [],
  };
  const nodes = new Map<string, ElkNode>();
  const hidden = (container: string | null): boolean => vis.closedAncestorOf(container) !== null;
  const containers = [...design.containers].sort((a, b) => naturalCompare(a.id, b.id));
  for (const k of containers) {
    if (hidden(k.parent)) continue;
    nodes.set(
      k.id,
      vis.collapsed.has(k.id)
        ? collapsedBox(design, k.id, k.name)
        : { id: k.id, labels: [{ text: k.name }], layoutOptions: containerOptions, children: [] },
    );
  }
  const place = placer(groups, nodes, root);
  for (const k of containers) {
    const n = nodes.get(k.id);
    if (n) place(n, k.parent);
  }
  for (const c of [...design.components].sort(componentOrder(design))) {
    if (hidden(c.container)) continue;
    place(componentBox(vis, c.id, c.name, c.part), c.container);
  }
  for (const m of meshes) {
    const text = `${protocolName(m.protocol)} full mesh: ${m.members.length} accelerators, ${m.links} direct links, no switch`;
    place({ id: m.id, width: textWidth(text, 10) + 16, height: 24, labels: [{ text }] }, m.container);
  }
  const drawn = bundles.filter((b) => !b.peer);
  addPorts(root, drawn);
  root.edges = drawn.map((b): ElkExtendedEdge => ({
    id: b.id,
    sources: [`${b.id}:out`],
    targets: [`${b.id}:in`],
    labels: [
      { text: bundleLabel(b), width: textWidth(bundleLabel(b), EDGE_LABEL_PX), height: EDGE_LABEL_PX + 3 },
    ],
  }));
  return root;
}
