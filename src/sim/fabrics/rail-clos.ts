/**
 * Multi-node fabric: nodes of g accelerators on an NVSwitch-class scale-up switch, plus one NIC per accelerator
 * on a two-tier rail-optimised leaf/spine network. Accelerator i of every node attaches to a rail-i leaf; a leaf
 * has `leafRadix` ports split down:up = oversubscription:1; each leaf has one uplink to each of the `up` spines.
 * Capacities: every NIC, leaf and spine port runs at nicGBps per direction.
 */
import { InputError } from '../../model/index.js';
import { ecmpHash, type SimFabric } from '../fabric.js';
import { LinkTable, requireCount } from './links.js';

export interface RailClosOptions {
  nodes: number;
  gpusPerNode: number;
  /** Per-NIC (and per network port) bandwidth per direction, GB/s. */
  nicGBps: number;
  /** Ports of a leaf switch, down + up. */
  leafRadix: number;
  /** Leaf down:up port ratio (1 = non-blocking, 2 = 2:1). */
  oversubscription: number;
  /** Per-accelerator scale-up bandwidth per direction, GB/s. */
  nvlinkGBps: number;
  nvlinkLatencyNs: number;
  /** Latency of each network hop (NIC-leaf, leaf-spine), ns. */
  networkHopLatencyNs: number;
}

export interface RailClosShape {
  downPorts: number;
  upPorts: number;
  leavesPerRail: number;
}

/** The leaf shape: down = radix x o/(o+1), up = radix/(o+1); both must be whole. */
export function railClosShape(o: RailClosOptions): RailClosShape {
  const upPorts = o.leafRadix / (o.oversubscription + 1);
  const downPorts = o.leafRadix - upPorts;
  if (!Number.isInteger(upPorts) || upPorts < 1 || !Number.isInteger(downPorts)) {
    throw new InputError(
      `leaf radix ${o.leafRadix} does not split ${o.oversubscription}:1 into whole ports`,
      'sim-bad-radix',
    );
  }
  return { downPorts, upPorts, leavesPerRail: Math.ceil(o.nodes / downPorts) };
}

export function railOptimizedClos(o: RailClosOptions): SimFabric {
  requireCount('nodes', o.nodes, 1);
  requireCount('gpusPerNode', o.gpusPerNode, 1);
  const { upPorts, downPorts, leavesPerRail } = railClosShape(o);
  const g = o.gpusPerNode;
  const t = new LinkTable();
  const n = o.nodes * g;
  const nvUp = new Int32Array(n);
  const nvDown = new Int32Array(n);
  const nicUp = new Int32Array(n);
  const nicDown = new Int32Array(n);
  const ranks: string[] = [];
  for (let r = 0; r < n; r++) {
    const id = `node${Math.floor(r / g)}/gpu${r % g}`;
    ranks.push(id);
    nvUp[r] = t.add(`${id}>nvsw`, o.nvlinkGBps, o.nvlinkLatencyNs, 'scaleup');
    nvDown[r] = t.add(`nvsw>${id}`, o.nvlinkGBps, o.nvlinkLatencyNs, 'scaleup');
    nicUp[r] = t.add(`${id}>leaf`, o.nicGBps, o.networkHopLatencyNs, 'scaleout');
    nicDown[r] = t.add(`leaf>${id}`, o.nicGBps, o.networkHopLatencyNs, 'scaleout');
  }
  const leaves = g * leavesPerRail;
  const leafUp = new Int32Array(leaves * upPorts);
  const leafDown = new Int32Array(leaves * upPorts);
  for (let leaf = 0; leaf < leaves; leaf++) {
    for (let s = 0; s < upPorts; s++) {
      leafUp[leaf * upPorts + s] = t.add(
        `leaf${leaf}>spine${s}`,
        o.nicGBps,
        o.networkHopLatencyNs,
        'scaleout',
      );
      leafDown[leaf * upPorts + s] = t.add(
        `spine${s}>leaf${leaf}`,
        o.nicGBps,
        o.networkHopLatencyNs,
        'scaleout',
      );
    }
  }
  const nodeOf = (r: number): number => Math.floor(r / g);
  const leafOf = (r: number): number => (r % g) * leavesPerRail + Math.floor(nodeOf(r) / downPorts);
  const viaSpine = (src: number, dst: number, s: number): number[] => [
    nicUp[src]!,
    leafUp[leafOf(src) * upPorts + s]!,
    leafDown[leafOf(dst) * upPorts + s]!,
    nicDown[dst]!,
  ];
  const paths = (src: number, dst: number): number[][] => {
    if (nodeOf(src) === nodeOf(dst)) return [[nvUp[src]!, nvDown[dst]!]];
    if (leafOf(src) === leafOf(dst)) return [[nicUp[src]!, nicDown[dst]!]];
    return Array.from({ length: upPorts }, (_, s) => viaSpine(src, dst, s));
  };
  const route = (src: number, dst: number, flowKey: number): number[] => {
    if (nodeOf(src) === nodeOf(dst)) return [nvUp[src]!, nvDown[dst]!];
    if (leafOf(src) === leafOf(dst)) return [nicUp[src]!, nicDown[dst]!];
    return viaSpine(src, dst, ecmpHash(src, dst, flowKey) % upPorts);
  };
  return {
    links: t.links,
    ranks,
    route,
    paths,
    description:
      `rail-optimised two-tier Clos: ${o.nodes} nodes x ${g} accelerators, ${o.nicGBps} GB/s NICs, ` +
      `leaf ${downPorts} down/${upPorts} up (${o.oversubscription}:1), ${leavesPerRail} leaves per rail, ` +
      `${upPorts} spines; ${o.nvlinkGBps} GB/s scale-up per accelerator`,
  };
}
