/**
 * All-to-all of a `totalBytes` buffer per rank (nccl-tests size column: n x per-peer bytes) and sendrecv.
 * direct: every pair at once. pairwise: n-1 rounds, in round k rank i sends to i+k, the peer order NCCL's p2p
 * scheduler uses (src/enqueue.cc: send peer = rank + delta).
 */
import { RoundBuilder, type Round } from './schedule.js';

export function alltoallDirect(ranks: number[], totalBytes: number): Round[] {
  const n = ranks.length;
  const b = new RoundBuilder();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) b.add(ranks[i]!, ranks[j]!, totalBytes / n, 0);
  }
  return [b.build('all_to_all direct')];
}

export function alltoallPairwise(ranks: number[], totalBytes: number): Round[] {
  const n = ranks.length;
  const rounds: Round[] = [];
  for (let k = 1; k < n; k++) {
    const b = new RoundBuilder();
    for (let i = 0; i < n; i++) b.add(ranks[i]!, ranks[(i + k) % n]!, totalBytes / n, 0);
    rounds.push(b.build(`all_to_all pairwise delta ${k}`));
  }
  return rounds;
}

/** nccl-tests sendrecv: every rank sends `bytes` to rank+1 and receives from rank-1, split over channels. */
export function sendrecvRing(ranks: number[], bytes: number, channels: number): Round[] {
  const n = ranks.length;
  const b = new RoundBuilder();
  for (let c = 0; c < channels; c++) {
    for (let i = 0; i < n; i++) b.add(ranks[i]!, ranks[(i + 1) % n]!, bytes / channels, c);
  }
  return [b.build('sendrecv')];
}
