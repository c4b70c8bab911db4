/**
 * In-switch all-reduce (NVLS on third-generation NVSwitch), pipelined over K chunks. Each rank owns a 1/n shard
 * of every chunk. Reduce of a chunk: the switch reads the chunk from every rank (uplink S/K each) and returns
 * each owner its reduced shard (downlink S/(nK)). Multicast of a chunk: each owner writes its shard once (uplink
 * S/(nK)) and the switch copies it to all (downlink S/K). Round t reduces chunk t while multicasting chunk t-1,
 * so per rank and direction a middle round carries S(n+1)/(nK): t ~ S(n+1)/(nB) for large K.
 */
import { SWITCH_ENDPOINT } from '../fabric.js';
import { RoundBuilder, pipelineRounds, type Round } from './schedule.js';

export function nvlsAllReduce(ranks: number[], bytes: number, chunks: number): Round[] {
  const n = ranks.length;
  const chunk = bytes / chunks;
  // rounds 1 .. chunks-1 reduce one chunk while multicasting the previous one: identical
  return pipelineRounds(chunks + 1, 1, chunks, (t, repeat) => {
    const b = new RoundBuilder();
    for (const r of ranks) {
      if (t < chunks) b.add(r, SWITCH_ENDPOINT, chunk, 0).add(SWITCH_ENDPOINT, r, chunk / n, 0);
      if (t > 0) b.add(r, SWITCH_ENDPOINT, chunk / n, 1).add(SWITCH_ENDPOINT, r, chunk, 1);
    }
    // NCCL charges NVLS one intra-node latency in all (tuning.cc): the first round carries it
    const label = t === 0 ? 'nvls reduce' : t === chunks ? 'nvls multicast' : 'nvls reduce + multicast';
    return b.build(label, repeat, t === 0);
  });
}
