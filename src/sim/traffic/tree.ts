/**
 * Double binary tree all-reduce (NCCL Tree): two binary trees over the rank order, the second mirrored so most
 * leaves of one are inner nodes of the other; each carries half the buffer in K pipelined chunks, first reduced
 * up to the root and then broadcast down. Edge timing: up, child at depth d sends chunk k in round k + (D - d);
 * down, the edge into a child at depth d carries chunk k in round k + d - 1 (D = the deepest depth).
 */
import { RoundBuilder, compactRounds, pipelineRounds, type Round } from './schedule.js';

const depthOf = (p: number): number => Math.floor(Math.log2(p + 1));

export function treeAllReduce(order: number[], bytes: number, chunks: number): Round[] {
  const n = order.length;
  const deepest = depthOf(n - 1);
  const perChunk = bytes / (2 * chunks);
  const trees = [order, [...order].reverse()];
  // rounds deepest .. chunks-1 of a phase have every edge busy and are identical
  const phase = (up: boolean): Round[] =>
    pipelineRounds(chunks + deepest - 1, deepest, chunks, (t, repeat) => {
      const b = new RoundBuilder();
      trees.forEach((tree, treeIndex) => {
        for (let p = 1; p < n; p++) {
          const d = depthOf(p);
          const k = up ? t - (deepest - d) : t - (d - 1);
          if (k < 0 || k >= chunks) continue;
          const child = tree[p]!;
          const parent = tree[(p - 1) >> 1]!;
          if (up) b.add(child, parent, perChunk, treeIndex);
          else b.add(parent, child, perChunk, treeIndex);
        }
      });
      // chunk 0 is in flight in the first `deepest` rounds of each phase: those carry the step latency
      return b.build(up ? 'tree reduce up' : 'tree broadcast down', repeat, t < deepest);
    });
  return compactRounds([...phase(true), ...phase(false)]);
}
