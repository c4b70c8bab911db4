/** Rank placement: the ring order of each channel over the participating fabric ranks. */
import { InputError } from '../../model/index.js';

/** Every channel uses the given order (NCCL on a flat switch: identical rings on separate connections). */
export const sameOrders = (ranks: number[], channels: number): number[][] =>
  Array.from({ length: channels }, () => ranks);

/**
 * Rail-aligned rings for nodes of g consecutive ranks: channel c visits each node starting on local rank c and
 * snakes (even nodes ascending, odd nodes descending) so every node-to-node hop joins the same local index,
 * i.e. the same NIC rail, as NCCL's rings do on rail-optimised fabrics. With an odd node count the closing hop (last
 * node, ending on local rank c-1, back to the first, starting on c) changes rail: the ring still exists.
 */
export function railAlignedOrders(ranks: number[], gpusPerNode: number, channels: number): number[][] {
  const g = gpusPerNode;
  const nodes = ranks.length / g;
  if (!Number.isInteger(nodes)) {
    throw new InputError(`${ranks.length} ranks do not fill nodes of ${g}`, 'sim-bad-placement');
  }
  return Array.from({ length: channels }, (_, c) => {
    const order: number[] = [];
    for (let node = 0; node < nodes; node++) {
      for (let j = 0; j < g; j++) {
        const local = node % 2 === 0 ? (c + j) % g : (c + g - 1 - j) % g;
        order.push(ranks[node * g + local]!);
      }
    }
    return order;
  });
}
