/**
 * Rank placement on a real design: ranks grouped by node (host). Across nodes of equal size: on nodes whose
 * accelerators form a direct mesh, RCCL's mesh rings (each channel on its own Hamiltonian path from the GPU of
 * its inbound NIC to the GPU of its outbound NIC, mesh-rings.ts); otherwise rail-aligned rings with one channel
 * per local rank (every node-to-node hop on one NIC rail, as NCCL's rings on rail-optimised fabrics). Inside one
 * full-mesh node, rings covering every directed mesh link equally.
 */
import { railAlignedOrders } from '../traffic/placement.js';
import type { DesignFabric } from './design-fabric.js';
import { meshNodeOrders, meshRingOrders } from './mesh-rings.js';

export interface Placement {
  /** Ring order per channel; undefined = one channel in rank order. */
  orders?: number[][];
  /** Ranks grouped by node, for the hierarchical algorithm; undefined within one node. */
  nodeGroups?: number[][];
  /** What was chosen, for reports. */
  description: string;
}

const times = (k: number): string => (k === 1 ? 'once' : k === 2 ? 'twice' : `${k} times`);

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
    if (!even) return { description: `${nodeGroups.length} nodes of unequal size, one ring` };
    const nodes = `${nodeGroups.length} nodes x ${g} ranks`;
    if (g > 2 && nodeGroups.every((n) => df.meshRanks(n))) {
      const m = meshNodeOrders(nodeGroups);
      return {
        orders: m.orders,
        nodeGroups,
        description: `${nodes}, ${m.orders.length} mesh rings (NIC to NIC Hamiltonian paths, each directed mesh link used ${times(m.arcMultiplicity)} per node)`,
      };
    }
    return {
      orders: railAlignedOrders(nodeGroups.flat(), g, g),
      nodeGroups,
      description: `${nodes}, ${g} rail-aligned rings${nodeGroups.length % 2 === 1 ? ' (odd node count: the closing hop changes rail)' : ''}`,
    };
  }
  if (ranks.length > 2 && df.meshRanks(ranks)) {
    const m = meshRingOrders(ranks);
    return {
      orders: m.orders,
      description: `direct mesh: ${m.orders.length} rings, each directed link used ${times(m.arcMultiplicity)}`,
    };
  }
  return { description: 'one node, one ring per channel' };
}
