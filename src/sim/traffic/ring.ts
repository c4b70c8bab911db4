/**
 * Ring algorithms (NCCL Ring): every rank sends to its successor in each channel's order, all channels at once.
 * all_reduce = reduce-scatter + all-gather = 2(n-1) steps of S/(n c); all_gather and reduce_scatter = n-1 steps.
 */
import { RoundBuilder, type Round } from './schedule.js';

/** One ring step: in every channel every rank sends `bytes` to the next rank of that channel's order. */
export function ringStep(orders: number[][], bytes: number): RoundBuilder {
  const b = new RoundBuilder();
  orders.forEach((order, c) => {
    const n = order.length;
    for (let i = 0; i < n; i++) b.add(order[i]!, order[(i + 1) % n]!, bytes, c);
  });
  return b;
}

/**
 * Ring all-reduce of `bytes` per rank. With `chunkBytes`, the buffer is processed in L = ceil(S/(n c chunk))
 * loops of 2(n-1) steps each, as NCCL's ring loop does; without, in one loop.
 */
export function ringAllReduce(orders: number[][], bytes: number, chunkBytes?: number): Round[] {
  const n = orders[0]!.length;
  const c = orders.length;
  const loops = chunkBytes ? Math.max(1, Math.ceil(bytes / (n * c * chunkBytes))) : 1;
  const perStep = bytes / (n * c * loops);
  return [ringStep(orders, perStep).build('ring all_reduce step', loops * 2 * (n - 1))];
}

/** Ring all-gather or reduce-scatter where `totalBytes` is the whole (n x per-rank) buffer: n-1 steps of S/(n c). */
export function ringGatherOrScatter(orders: number[][], totalBytes: number, label: string): Round[] {
  const n = orders[0]!.length;
  const c = orders.length;
  return [ringStep(orders, totalBytes / (n * c)).build(label, n - 1)];
}
