/** A full mesh: a dedicated directed link between every ordered pair of ranks (xGMI-style point-to-point). */
import type { SimFabric } from '../fabric.js';
import { LinkTable, requireCount } from './links.js';

export function fullMesh(n: number, linkGBps: number, latencyNs: number): SimFabric {
  requireCount('mesh size', n, 2);
  const table = new LinkTable();
  const link: number[] = new Array<number>(n * n).fill(-1);
  for (let s = 0; s < n; s++) {
    for (let d = 0; d < n; d++) {
      if (s !== d) link[s * n + d] = table.add(`m${s}>m${d}`, linkGBps, latencyNs, 'scaleup');
    }
  }
  const route = (src: number, dst: number): number[] => [link[src * n + dst]!];
  return {
    links: table.links,
    ranks: Array.from({ length: n }, (_, i) => `m${i}`),
    route,
    paths: (src, dst) => [route(src, dst)],
    description: `full mesh of ${n}, ${linkGBps} GB/s per direction per pair`,
  };
}
