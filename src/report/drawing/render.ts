/** Draws a laid-out ELK graph as SVG: boxes, partition boxes, bundled edges with halos and labels, a legend. */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Component, Design, Protocol } from '../../model/index.js';
import { bundleLabel, formatGBps, protocolName, textWidth } from './labels.js';
import {
  EDGE_LABEL_PX,
  FONT,
  PAGE_W,
  PAD,
  PROTOCOL_COLOR,
  VERDICT_COLOR,
  fillOf,
  strokeWidth,
  type FillClass,
} from './style.js';
import { MESH_PREFIX } from './meshes.js';
import type { Bundle, ColorBy } from './types.js';

const GROUP_PREFIX = 'group:';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface RenderContext {
  design: Design;
  component: Map<string, Component>;
  out: string[];
  fills: Map<string, FillClass>;
}

function drawBox(ctx: RenderContext, n: ElkNode, c: Component): void {
  const [x, y, w, h] = [n.x ?? 0, n.y ?? 0, n.width ?? 0, n.height ?? 0];
  const f = fillOf(c.kind);
  ctx.fills.set(f.label, f);
  const title = `${c.id} (${c.part})${c.pciBusId ? ` ${c.pciBusId}` : ''}${c.numaNode !== null ? ` NUMA ${c.numaNode}` : ''}`;
  const partitioned = (n.children ?? []).length > 0;
  ctx.out.push(
    `<g class="box" data-id="${esc(c.id)}"><title>${esc(title)}</title><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${f.fill}" stroke="#555"/>` +
      `<text x="${x + w / 2}" y="${y + 16}" text-anchor="middle" font-size="12">${esc(c.name)}</text>` +
      `<text x="${x + w / 2}" y="${y + 29}" text-anchor="middle" font-size="9" fill="#555">${esc(c.part)}${partitioned ? ` · ${n.children!.length} partitions` : ''}</text></g>`,
  );
  for (const p of n.children ?? [])
    ctx.out.push(
      `<g class="partition"><rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="3" fill="#fff" stroke="#8a6d9a"/>` +
        `<text x="${(p.x ?? 0) + (p.width ?? 0) / 2}" y="${(p.y ?? 0) + 15}" text-anchor="middle" font-size="10">${esc(p.labels?.[0]?.text ?? '')}</text></g>`,
    );
}

function drawContainer(ctx: RenderContext, n: ElkNode, collapsed: boolean): void {
  const [x, y, w, h] = [n.x ?? 0, n.y ?? 0, n.width ?? 0, n.height ?? 0];
  const name = n.labels?.[0]?.text ?? n.id;
  if (n.id.startsWith(MESH_PREFIX)) {
    ctx.out.push(
      `<g class="mesh" data-id="${esc(n.id)}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="#fff" stroke="#777" stroke-dasharray="6 3"/><text x="${x + w / 2}" y="${y + 16}" text-anchor="middle" font-size="10" fill="#333">${esc(name)}</text></g>`,
    );
    return;
  }
  if (n.id.startsWith(GROUP_PREFIX)) {
    ctx.out.push(
      `<g class="group" data-id="${esc(n.id)}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="#faf5fc" stroke="#8a6d9a"/><text x="${x + 8}" y="${y + 14}" font-size="10" fill="#5b3f6b">${esc(name)}</text></g>`,
    );
    return;
  }
  if (!collapsed) {
    ctx.out.push(
      `<g class="container" data-id="${esc(n.id)}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="none" stroke="#999" stroke-dasharray="4 3"/><text x="${x + 8}" y="${y + 16}" font-size="12" fill="#333">${esc(name)}</text></g>`,
    );
    return;
  }
  const lines = (n.labels ?? []).slice(1).map((l) => l.text ?? '');
  ctx.out.push(
    `<g class="box collapsed" data-id="${esc(n.id)}"><title>${esc(`${n.id}: ${lines.join(', ')}`)}</title><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="#eef1f5" stroke="#555"/>` +
      `<text x="${x + 8}" y="${y + 16}" font-size="12" font-weight="bold">${esc(name)}</text>` +
      lines
        .map((l, i) => `<text x="${x + 8}" y="${y + 30 + i * 12}" font-size="9" fill="#444">${esc(l)}</text>`)
        .join('') +
      `</g>`,
  );
}

function walk(ctx: RenderContext, n: ElkNode, collapsed: ReadonlySet<string>): void {
  for (const child of n.children ?? []) {
    const c = ctx.component.get(child.id);
    if (c) drawBox(ctx, child, c);
    else {
      drawContainer(ctx, child, collapsed.has(child.id));
      walk(ctx, child, collapsed);
    }
  }
}

function edgeColor(b: Bundle, colorBy: ColorBy): string {
  return colorBy === 'margin' ? VERDICT_COLOR[b.verdict ?? 'none'] : PROTOCOL_COLOR[b.protocol];
}

function drawEdge(ctx: RenderContext, e: ElkExtendedEdge, b: Bundle, colorBy: ColorBy): void {
  const title = `${b.linkIds.length} link${b.linkIds.length > 1 ? 's' : ''} ${b.from} – ${b.to}${b.marginDb !== null ? `, margin ${b.marginDb.toFixed(1)} dB` : ''}${b.verdict ? `, ${b.verdict}` : ''}`;
  for (const s of e.sections ?? []) {
    const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${p.x},${p.y}`).join(' ');
    const halo =
      colorBy === 'protocol' && (b.verdict === 'fail' || b.verdict === 'warn')
        ? `<polyline points="${pts}" fill="none" stroke="${VERDICT_COLOR[b.verdict]}" stroke-opacity="0.45" stroke-width="${strokeWidth(b.rateGBps) + 6}"/>`
        : '';
    ctx.out.push(
      `<g class="edge" data-bundle="${b.id}"><title>${esc(title)}</title>${halo}<polyline points="${pts}" fill="none" stroke="${edgeColor(b, colorBy)}" stroke-width="${strokeWidth(b.rateGBps).toFixed(2)}"/></g>`,
    );
  }
  for (const l of e.labels ?? [])
    ctx.out.push(
      `<g class="edge-label"><rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" fill="#fff" fill-opacity="0.85"/><text x="${(l.x ?? 0) + 1}" y="${(l.y ?? 0) + EDGE_LABEL_PX}" font-size="${EDGE_LABEL_PX}" fill="#222">${esc(l.text ?? '')}</text></g>`,
    );
}

/** Absolute box of a node id in the laid-out graph (shape coordinates are the root's). */
function findBox(n: ElkNode, id: string): ElkNode | null {
  if (n.id === id) return n;
  for (const c of n.children ?? []) {
    const f = findBox(c, id);
    if (f) return f;
  }
  return null;
}

/** A socket-to-socket bundle: straight from the facing side of one CPU box to the other's, label at the middle. */
function drawPeer(ctx: RenderContext, laid: ElkNode, b: Bundle, colorBy: ColorBy): void {
  const [p, q] = [findBox(laid, b.from), findBox(laid, b.to)].sort((u, v) => (u?.x ?? 0) - (v?.x ?? 0));
  if (!p || !q) return;
  const start = { x: (p.x ?? 0) + (p.width ?? 0), y: (p.y ?? 0) + (p.height ?? 0) / 2 };
  const end = { x: q.x ?? 0, y: (q.y ?? 0) + (q.height ?? 0) / 2 };
  const text = bundleLabel(b);
  const w = textWidth(text, EDGE_LABEL_PX);
  // Above the line between the boxes where the gap takes the label, else above the boxes themselves.
  const roomy = end.x - start.x >= w + 8;
  const top = Math.min(p.y ?? 0, q.y ?? 0);
  const mid = {
    x: (start.x + end.x) / 2 - w / 2,
    y: roomy ? (start.y + end.y) / 2 - EDGE_LABEL_PX - 4 : top - EDGE_LABEL_PX - 5,
  };
  drawEdge(
    ctx,
    {
      id: b.id,
      sources: [b.from],
      targets: [b.to],
      sections: [{ id: `${b.id}s`, startPoint: start, endPoint: end }],
      labels: [{ text, x: mid.x, y: mid.y, width: w, height: EDGE_LABEL_PX + 3 }],
    },
    b,
    colorBy,
  );
}

const LEGEND_ROW = 16;

function legendRows(ctx: RenderContext, bundles: readonly Bundle[], colorBy: ColorBy): string[] {
  const rows: string[] = [];
  const sw = (color: string, width = 3, opacity = 1): string =>
    `<line x1="0" y1="-4" x2="28" y2="-4" stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}"/>`;
  if (colorBy === 'protocol') {
    const protocols = [...new Set(bundles.map((b) => b.protocol))] as Protocol[];
    for (const p of protocols)
      rows.push(`${sw(PROTOCOL_COLOR[p])}<text x="36" y="0">${esc(protocolName(p))}</text>`);
    for (const v of ['fail', 'warn'] as const)
      if (bundles.some((b) => b.verdict === v))
        rows.push(
          `${sw(VERDICT_COLOR[v], 9, 0.45)}<text x="36" y="0">halo: a link of the bundle ${v === 'fail' ? 'fails its loss budget' : 'is under the recommended margin'}</text>`,
        );
  } else {
    const words = {
      pass: 'margin met',
      warn: 'under recommended margin',
      fail: 'fails budget',
      unknown: 'no sourced budget',
      none: 'not analysed',
    };
    for (const v of ['pass', 'warn', 'fail', 'unknown', 'none'] as const)
      if (bundles.some((b) => (b.verdict ?? 'none') === v))
        rows.push(`${sw(VERDICT_COLOR[v])}<text x="36" y="0">${words[v]}</text>`);
  }
  const rated = bundles.map((b) => b.rateGBps).filter((r): r is number => r !== null);
  if (rated.length) {
    const [lo, hi] = [Math.min(...rated), Math.max(...rated)];
    rows.push(
      `${sw('#555', 1.2)}<text x="36" y="0">line width: GB/s per direction, log scale (${formatGBps(lo)} to ${formatGBps(hi)} here); n× = n parallel links</text>`,
    );
  }
  for (const f of ctx.fills.values())
    rows.push(
      `<rect x="0" y="-11" width="28" height="12" fill="${f.fill}" stroke="#555"/><text x="36" y="0">${esc(f.label)}</text>`,
    );
  return rows;
}

export function renderSvg(
  design: Design,
  laid: ElkNode,
  bundles: readonly Bundle[],
  collapsed: ReadonlySet<string>,
  colorBy: ColorBy,
): string {
  const ctx: RenderContext = {
    design,
    component: new Map(design.components.map((c) => [c.id, c])),
    out: [],
    fills: new Map(),
  };
  walk(ctx, laid, collapsed);
  const byId = new Map(bundles.map((b) => [b.id, b]));
  for (const e of laid.edges ?? []) drawEdge(ctx, e, byId.get(e.id)!, colorBy);
  for (const b of bundles) if (b.peer) drawPeer(ctx, laid, b, colorBy);
  const rows = legendRows(ctx, bundles, colorBy);
  const graphW = Math.ceil(laid.width ?? 0);
  const graphH = Math.ceil(laid.height ?? 0);
  const legendY = graphH + 8;
  const legend = `<g class="legend" transform="translate(${PAD},${legendY})" font-size="11"><text x="0" y="0" font-weight="bold">Legend</text>${rows
    .map((r, i) => `<g transform="translate(0,${(i + 1) * LEGEND_ROW + 4})">${r}</g>`)
    .join('')}</g>`;
  const w = Math.max(graphW, 520);
  const h = legendY + (rows.length + 1) * LEGEND_ROW + PAD;
  const scale = w > PAGE_W ? PAGE_W / w : 1;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(w * scale)}" height="${Math.round(h * scale)}" viewBox="0 0 ${w} ${h}" font-family="${FONT}">\n` +
    `<rect width="${w}" height="${h}" fill="#fff"/>\n${ctx.out.join('\n')}\n${legend}\n</svg>\n`
  );
}
