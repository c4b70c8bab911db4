/**
 * Chunk-pipelined algorithms as stages: `stages[s]` lists the transfers one chunk makes in stage s (a tree
 * level, an NVLS reduce, a multicast). In round t every stage s works on chunk t - s, so a steady round has all
 * stages busy at once and the time is bounded by the most loaded link over all stages together, not by the sum
 * of the stages (NCCL's kernels run every step of the tree or NVLS pipeline concurrently on successive chunks).
 * K chunks over L stages take K + L - 1 rounds; the first L rounds (chunk 0 in flight) pay the step latency.
 */
import { RoundBuilder, pipelineRounds, type Round } from './schedule.js';

export interface StageTransfer {
  src: number;
  dst: number;
  /** Bytes of one chunk. */
  bytes: number;
  /** Connection (NCCL channel) the transfer runs on. */
  key: number;
}

export function stagedPipeline(stages: StageTransfer[][], chunks: number, label: string): Round[] {
  const L = stages.length;
  if (L === 0 || chunks < 1) return [];
  // rounds L .. chunks-1 have every stage busy on a later chunk and are identical
  return pipelineRounds(chunks + L - 1, L, chunks, (t, repeat) => {
    const b = new RoundBuilder();
    for (let s = 0; s < L; s++) {
      const k = t - s;
      if (k < 0 || k >= chunks) continue;
      for (const x of stages[s]!) b.add(x.src, x.dst, x.bytes, x.key);
    }
    return b.build(label, repeat, t < L);
  });
}
