/**
 * Hierarchical (2D) all-reduce for multi-node jobs with rail-aligned placement: (1) reduce-scatter inside each
 * node over scale-up (g-1 ring steps of S/g), (2) all-reduce of each 1/g shard across nodes among the ranks with
 * the same local index, i.e. on one NIC rail (2(N-1) ring steps of S/(gN)), (3) all-gather inside each node
 * (g-1 steps of S/g). Per rank the network carries 2(N-1)/N x S/g instead of a flat ring's crossings.
 */
import { InputError } from '../../model/index.js';
import { RoundBuilder, type Round } from './schedule.js';

/** `nodes[k]` lists node k's ranks in local order; every node must hold the same number. */
export function hierarchicalAllReduce(nodes: number[][], bytes: number): Round[] {
  const g = nodes[0]?.length ?? 0;
  const nNodes = nodes.length;
  if (g === 0 || nodes.some((n) => n.length !== g)) {
    throw new InputError('hierarchical all_reduce needs nodes of equal size', 'sim-bad-placement');
  }
  const rounds: Round[] = [];
  const intra = (label: string): void => {
    if (g < 2) return;
    const b = new RoundBuilder();
    for (const node of nodes) for (let i = 0; i < g; i++) b.add(node[i]!, node[(i + 1) % g]!, bytes / g, 0);
    rounds.push(b.build(label, g - 1));
  };
  intra('hierarchical intra-node reduce-scatter');
  if (nNodes > 1) {
    const b = new RoundBuilder();
    for (let j = 0; j < g; j++) {
      for (let k = 0; k < nNodes; k++)
        b.add(nodes[k]![j]!, nodes[(k + 1) % nNodes]![j]!, bytes / (g * nNodes), j);
    }
    rounds.push(b.build('hierarchical inter-node rail ring', 2 * (nNodes - 1)));
  }
  intra('hierarchical intra-node all-gather');
  return rounds;
}
