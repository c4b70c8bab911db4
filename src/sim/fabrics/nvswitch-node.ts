/**
 * One scale-up domain: n accelerators each with one up and one down link to a single logical switch
 * (NVSwitch-class). Any pair's path is [up(src), down(dst)] with latency 2 x latencyNs; the switch reduces
 * in-network when `inNetworkReduction` is set (NVLS on third-generation NVSwitch).
 */
import type { SimFabric } from '../fabric.js';
import { LinkTable, requireCount } from './links.js';

export interface NvswitchNodeOptions {
  inNetworkReduction?: boolean;
  /** Id prefix of the ranks (`node0/gpu3`). */
  node?: string;
}

export function nvswitchNode(
  n: number,
  perGpuGBps: number,
  latencyNs: number,
  options: NvswitchNodeOptions = {},
): SimFabric {
  requireCount('accelerator count', n, 1);
  const node = options.node ?? 'node0';
  const table = new LinkTable();
  const ranks: string[] = [];
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < n; i++) {
    ranks.push(`${node}/gpu${i}`);
    up.push(table.add(`${node}/gpu${i}>nvsw`, perGpuGBps, latencyNs, 'scaleup'));
    down.push(table.add(`nvsw>${node}/gpu${i}`, perGpuGBps, latencyNs, 'scaleup'));
  }
  const route = (src: number, dst: number): number[] => [up[src]!, down[dst]!];
  return {
    links: table.links,
    ranks,
    route,
    paths: (src, dst) => [route(src, dst)],
    ...(options.inNetworkReduction ? { inSwitchReduction: { upLink: up, downLink: down } } : {}),
    description: `${n} accelerators on one switch, ${perGpuGBps} GB/s per direction each`,
  };
}
