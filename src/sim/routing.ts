/** Routing modes over equal-cost paths: ECMP hashing, adaptive (least loaded at flow start), spraying (even split). */
import { InternalError } from '../model/index.js';
import { SWITCH_ENDPOINT, type RoutingMode, type SimFabric } from './fabric.js';

/**
 * One flow of a transfer: the links it crosses and the share of the transfer's bytes it carries. A sprayed
 * transfer is one flow over the union of its paths whose rate splits evenly over them: `usage[k]` is the fraction
 * of its rate crossing links[k], and `latencyLinks` is its longest single path (for latency and tier).
 */
export interface RoutedPath {
  links: number[];
  share: number;
  usage?: number[];
  latencyLinks?: number[];
}

/** Packet spraying as one coupled flow: every packet takes the next path, so each path carries 1/k of the rate. */
export function sprayRoute(fabric: SimFabric, all: number[][]): RoutedPath {
  if (all.length === 1) return { links: all[0]!, share: 1 };
  const usage = new Map<number, number>();
  for (const path of all) for (const l of path) usage.set(l, (usage.get(l) ?? 0) + 1 / all.length);
  const pathLatency = (p: number[]): number => p.reduce((s, l) => s + fabric.links[l]!.latencyNs, 0);
  const longest = all.reduce((a, b) => (pathLatency(b) > pathLatency(a) ? b : a));
  return { links: [...usage.keys()], share: 1, usage: [...usage.values()], latencyLinks: longest };
}

/** Active flows per link, read by adaptive routing. */
export type LinkLoad = (link: number) => number;

function endpointPath(fabric: SimFabric, src: number, dst: number): number[] | null {
  if (src !== SWITCH_ENDPOINT && dst !== SWITCH_ENDPOINT) return null;
  const isr = fabric.inSwitchReduction;
  if (!isr) throw new InternalError('transfer to a reduction switch on a fabric without one', 'sim-no-nvls');
  const link = src === SWITCH_ENDPOINT ? isr.downLink[dst] : isr.upLink[src];
  if (link === undefined)
    throw new InternalError(`rank ${src}/${dst} has no reduction-switch link`, 'sim-no-nvls');
  return [link];
}

/** The sub-flows of a transfer from `src` to `dst` under `mode`. */
export function routeTransfer(
  fabric: SimFabric,
  mode: RoutingMode,
  src: number,
  dst: number,
  flowKey: number,
  load: LinkLoad,
): RoutedPath[] {
  const direct = endpointPath(fabric, src, dst);
  if (direct) return [{ links: direct, share: 1 }];
  if (mode === 'ecmp') return [{ links: fabric.route(src, dst, flowKey), share: 1 }];
  const all = fabric.paths(src, dst);
  if (all.length === 0) throw new InternalError(`no path from rank ${src} to ${dst}`, 'sim-no-path');
  if (mode === 'spray') return [sprayRoute(fabric, all)];
  return [{ links: leastLoaded(fabric, all, load), share: 1 }];
}

/** The path whose most loaded link would give the new flow the largest fair share; first one on ties. */
function leastLoaded(fabric: SimFabric, all: number[][], load: LinkLoad): number[] {
  let best = all[0]!;
  let bestShare = -1;
  for (const path of all) {
    let share = Number.POSITIVE_INFINITY;
    for (const l of path) share = Math.min(share, fabric.links[l]!.capacityGBps / (load(l) + 1));
    if (share > bestShare) {
      bestShare = share;
      best = path;
    }
  }
  return best;
}
