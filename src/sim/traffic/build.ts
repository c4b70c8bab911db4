/** Turn (op, algorithm, participating ranks, nccl-tests size) into a schedule of rounds. */
import { InputError, KIB } from '../../model/index.js';
import { alltoallDirect, alltoallPairwise, sendrecvRing } from './alltoall.js';
import { chainPipeline } from './chain.js';
import { nvlsAllReduce } from './nvls.js';
import { sameOrders } from './placement.js';
import { ringAllReduce, ringGatherOrScatter } from './ring.js';
import { ncclTreeAllReduce, nvlsTreeAllReduce } from './nccl-tree.js';
import { hierarchicalAllReduce } from './hierarchical.js';
import type { Algorithm, CollectiveOp, Schedule } from './schedule.js';

/**
 * Pipeline chunk: NCCL_BUFFSIZE default 4 MiB over NCCL_STEPS = 8 slots = 512 KiB per step
 * (NCCL docs env.html NCCL_BUFFSIZE; src/include/device.h NCCL_STEPS).
 */
export const NCCL_SIMPLE_CHUNK_BYTES = 512 * KIB;

export interface TrafficRequest {
  op: CollectiveOp;
  algo: Algorithm;
  /** Participating fabric ranks in placement order (rank 0 first; rank 0 is the root of broadcast/reduce). */
  ranks: number[];
  /** nccl-tests size column, bytes (whole buffer for all_gather, reduce_scatter, all_to_all). */
  sizeBytes: number;
  /** Channels (NCCL rings); default 1. */
  channels?: number;
  /** Ring order of each channel (rank placement); default every channel uses `ranks`. */
  orders?: number[][];
  /** Ranks grouped by node in local order (needed by 'hierarchical'). */
  nodeGroups?: number[][];
  /** Pipeline chunk for tree and chain algorithms; default NCCL_SIMPLE_CHUNK_BYTES. */
  chunkBytes?: number;
}

/** Algorithms each op supports here. */
export const OP_ALGORITHMS: Record<CollectiveOp, Algorithm[]> = {
  all_reduce: ['ring', 'tree', 'nvls', 'nvls_tree', 'hierarchical'],
  all_gather: ['ring'],
  reduce_scatter: ['ring'],
  broadcast: ['ring'],
  reduce: ['ring'],
  all_to_all: ['pairwise', 'direct'],
  sendrecv: ['direct'],
};

/**
 * Channel c's intra-node chain in every node: the ranks of node k in the order channel c's ring visits them (head
 * = where the ring enters the node, NCCL's tree graph sharing the ring's intra order); one node when ungrouped.
 */
function nodeChains(orders: number[][], nodeGroups?: number[][]): number[][][] {
  if (!nodeGroups || nodeGroups.length < 2) return orders.map((o) => [o]);
  const nodeOf = new Map<number, number>();
  nodeGroups.forEach((g, k) => g.forEach((r) => nodeOf.set(r, k)));
  return orders.map((o) => nodeGroups.map((_, k) => o.filter((r) => nodeOf.get(r) === k)));
}

export function buildSchedule(req: TrafficRequest): Schedule {
  const { op, algo, ranks, sizeBytes } = req;
  if (!OP_ALGORITHMS[op].includes(algo)) {
    throw new InputError(
      `${op} has no '${algo}' algorithm (have: ${OP_ALGORITHMS[op].join(', ')})`,
      'sim-bad-algo',
    );
  }
  if (ranks.length < 2)
    throw new InputError(`a collective needs at least 2 ranks, got ${ranks.length}`, 'sim-few-ranks');
  const channels = req.orders?.length ?? req.channels ?? 1;
  const orders = req.orders ?? sameOrders(ranks, channels);
  const chunk = req.chunkBytes ?? NCCL_SIMPLE_CHUNK_BYTES;
  const chunks = (bytes: number): number => Math.max(1, Math.ceil(bytes / chunk));
  const rounds = (() => {
    switch (op) {
      case 'all_reduce':
        if (algo === 'nvls') return nvlsAllReduce(ranks, sizeBytes, chunks(sizeBytes));
        if (algo === 'hierarchical') {
          if (!req.nodeGroups) {
            throw new InputError(
              'hierarchical all_reduce needs the ranks grouped by node',
              'sim-bad-placement',
            );
          }
          return hierarchicalAllReduce(req.nodeGroups, sizeBytes);
        }
        if (algo === 'tree') {
          const chains = nodeChains(orders, req.nodeGroups);
          return ncclTreeAllReduce(chains, sizeBytes, chunks(sizeBytes / (2 * chains.length)));
        }
        if (algo === 'nvls_tree') {
          if (!req.nodeGroups || req.nodeGroups.length < 2) {
            throw new InputError(
              'nvls_tree all_reduce needs ranks on more than one node (NCCL disables NVLS Tree on a single node)',
              'sim-bad-placement',
            );
          }
          // one head per channel in every node: the GPU where the channel enters the node (its NIC's GPU)
          const heads = nodeChains(orders, req.nodeGroups).map((c) => c.map((chain) => chain[0]!));
          const byNode = req.nodeGroups.map((_, k) => heads.map((h) => h[k]!));
          return nvlsTreeAllReduce(req.nodeGroups, byNode, sizeBytes, chunks(sizeBytes / byNode[0]!.length));
        }
        return ringAllReduce(orders, sizeBytes, req.chunkBytes);
      case 'all_gather':
      case 'reduce_scatter':
        return ringGatherOrScatter(orders, sizeBytes, `ring ${op} step`);
      case 'broadcast':
      case 'reduce':
        return chainPipeline(orders, sizeBytes, chunks(sizeBytes / channels), op === 'reduce');
      case 'all_to_all':
        return algo === 'direct' ? alltoallDirect(ranks, sizeBytes) : alltoallPairwise(ranks, sizeBytes);
      case 'sendrecv':
        return sendrecvRing(ranks, sizeBytes, channels);
    }
  })();
  return { op, algo, nRanks: ranks.length, rounds };
}
