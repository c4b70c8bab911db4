/**
 * A bidirectional ring of n ranks (point-to-point links i<->i+1, each direction linkGBps). A transfer takes the
 * shorter way round (clockwise on a tie, counter-clockwise offered as the second equal-cost path).
 */
import type { SimFabric } from '../fabric.js';
import { LinkTable, requireCount } from './links.js';

export function ring(n: number, linkGBps: number, latencyNs: number): SimFabric {
  requireCount('ring size', n, 2);
  const table = new LinkTable();
  const cw: number[] = [];
  const ccw: number[] = [];
  for (let i = 0; i < n; i++) cw.push(table.add(`r${i}>r${(i + 1) % n}`, linkGBps, latencyNs, 'scaleup'));
  for (let i = 0; i < n; i++) ccw.push(table.add(`r${(i + 1) % n}>r${i}`, linkGBps, latencyNs, 'scaleup'));
  const walk = (src: number, dst: number, clockwise: boolean): number[] => {
    const out: number[] = [];
    for (let at = src; at !== dst;) {
      if (clockwise) {
        out.push(cw[at]!);
        at = (at + 1) % n;
      } else {
        const prev = (at - 1 + n) % n;
        out.push(ccw[prev]!);
        at = prev;
      }
    }
    return out;
  };
  const paths = (src: number, dst: number): number[][] => {
    const forward = (dst - src + n) % n;
    if (forward * 2 < n) return [walk(src, dst, true)];
    if (forward * 2 > n) return [walk(src, dst, false)];
    return [walk(src, dst, true), walk(src, dst, false)];
  };
  return {
    links: table.links,
    ranks: Array.from({ length: n }, (_, i) => `r${i}`),
    route: (src, dst) => paths(src, dst)[0]!,
    paths,
    description: `bidirectional ring of ${n}, ${linkGBps} GB/s per direction per link`,
  };
}
