/** Reads the drawn boxes, edges and labels back out of a drawing's SVG, for geometric assertions. */
import { expect } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  id: string;
}

const num = String.raw`(-?[\d.]+)`;

function rects(svg: string, cls: string): Rect[] {
  const re = new RegExp(
    String.raw`<g class="${cls}"(?: data-id="([^"]*)")?[^>]*>(?:<title>[^<]*</title>)?<rect x="${num}" y="${num}" width="${num}" height="${num}"`,
    'g',
  );
  return [...svg.matchAll(re)].map((m) => ({ id: m[1] ?? '', x: +m[2]!, y: +m[3]!, w: +m[4]!, h: +m[5]! }));
}

export const boxes = (svg: string): Rect[] => [...rects(svg, 'box'), ...rects(svg, 'box collapsed')];
export const labels = (svg: string): Rect[] => rects(svg, 'edge-label');
export const groups = (svg: string): Rect[] => rects(svg, 'group');
export const meshes = (svg: string): Rect[] => rects(svg, 'mesh');
export const labelTexts = (svg: string): string[] =>
  [...svg.matchAll(/<g class="edge-label"><rect [^>]*\/><text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

export const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Polylines of the edges (halos excluded: they repeat the points). */
export function edgePoints(svg: string): number[][][] {
  return [...svg.matchAll(/<g class="edge"[^>]*>.*?<\/g>/g)].map((g) => {
    const lines = [...g[0].matchAll(/<polyline points="([^"]+)"/g)];
    return lines
      .at(-1)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
  });
}

/** No two boxes overlap, no label overlaps another label or a box, every edge ends on a box, group or mesh border. */
export function assertLegible(svg: string): void {
  const bs = boxes(svg);
  for (let i = 0; i < bs.length; i++)
    for (let j = i + 1; j < bs.length; j++)
      expect(overlap(bs[i]!, bs[j]!), `${bs[i]!.id} overlaps ${bs[j]!.id}`).toBe(false);
  const ls = labels(svg);
  for (let i = 0; i < ls.length; i++) {
    for (let j = i + 1; j < ls.length; j++)
      expect(overlap(ls[i]!, ls[j]!), `labels ${i} and ${j} overlap`).toBe(false);
    for (const b of bs) expect(overlap(ls[i]!, b), `label ${i} overlaps box ${b.id}`).toBe(false);
  }
  const ends = [...bs, ...groups(svg), ...meshes(svg)];
  const onBorder = (x: number, y: number): boolean =>
    ends.some((b) => x >= b.x - 1 && x <= b.x + b.w + 1 && y >= b.y - 1 && y <= b.y + b.h + 1);
  // Partition boxes inside a switch are ends too.
  const parts = [
    ...svg.matchAll(
      /<g class="partition"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ),
  ].map((m) => ({ id: '', x: +m[1]!, y: +m[2]!, w: +m[3]!, h: +m[4]! }));
  ends.push(...parts);
  for (const pts of edgePoints(svg)) {
    expect(onBorder(pts[0]![0]!, pts[0]![1]!)).toBe(true);
    expect(onBorder(pts.at(-1)![0]!, pts.at(-1)![1]!)).toBe(true);
  }
}
