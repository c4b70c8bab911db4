/**
 * Pipelined chain along a ring order (NCCL runs broadcast and reduce as a ring chain): the buffer is cut into K
 * chunks; in round t edge e (order[e] -> order[e+1]) forwards chunk t - e. K + n - 2 rounds in all.
 */
import { RoundBuilder, pipelineRounds, type Round } from './schedule.js';

export function chainPipeline(
  orders: number[][],
  bytes: number,
  chunks: number,
  towardRoot: boolean,
): Round[] {
  const n = orders[0]!.length;
  const c = orders.length;
  const perChunk = bytes / (c * chunks);
  // rounds n-1 .. chunks-1 have every edge busy and are identical
  return pipelineRounds(chunks + n - 2, n - 1, chunks, (t, repeat) => {
    const b = new RoundBuilder();
    orders.forEach((order, ch) => {
      for (let e = 0; e < n - 1; e++) {
        const k = t - e;
        if (k < 0 || k >= chunks) continue;
        // towardRoot (reduce): data flows from the chain's far end back to order[0]
        if (towardRoot) b.add(order[n - 1 - e]!, order[n - 2 - e]!, perChunk, ch);
        else b.add(order[e]!, order[e + 1]!, perChunk, ch);
      }
    });
    // the first chunk crosses edge t in round t: those n-1 rounds carry the chain's step latency
    return b.build(towardRoot ? 'chain reduce' : 'chain broadcast', repeat, t < n - 1);
  });
}
