/**
 * Rank placement on a real design: ranks grouped by node (host); across nodes of equal size, rail-aligned
 * rings with one channel per local rank (every node-to-node hop on one NIC rail, as NCCL's rings on
 * rail-optimised fabrics); inside one node whose accelerators form a direct mesh, disjoint rings on the mesh.
 */
import { railAlignedOrders } from '../traffic/placement.js';
import type { DesignFabric } from './design-fabric.js';
import { meshRingOrders } from './mesh-rings.js';

export interface Placement {
  /** Ring order per channel; undefined = one channel in rank order. */
  orders?: number[][];
  /** Ranks grouped by node, for the hierarchical algorithm; undefined within one node. */
  nodeGroups?: number[][];
  /** What was chosen, for reports. */
  description: string;
}

export function placeRanks(df: DesignFabric, ranks: number[]): Placement {
  const groups = new Map<string, number[]>();
  for (const r of ranks) {
    const host = df.rankHost[r] ?? '';
    groups.set(host, [...(groups.get(host) ?? []), r]);
  }
  const nodeGroups = [...groups.values()];
  if (nodeGroups.length > 1) {
    const g = nodeGroups[0]!.length;
    const even = nodeGroups.every((n) => n.length === g);
    if (even && nodeGroups.length % 2 === 0) {
      return {
        orders: railAlignedOrders(nodeGroups.flat(), g, g),
        nodeGroups,
        description: `${nodeGroups.length} nodes x ${g} ranks, ${g} rail-aligned rings`,
      };
    }
    return { nodeGroups: even ? nodeGroups : undefined, description: `${nodeGroups.length} nodes, one ring` };
  }
  if (ranks.length > 2 && df.meshRanks(ranks)) {
    const orders = meshRingOrders(ranks);
    return { orders, description: `direct mesh: ${orders.length} link-disjoint rings` };
  }
  return { description: 'one node, one ring per channel' };
}
