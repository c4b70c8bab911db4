/**
 * NCCL's Tree and NVLS-tree all_reduce across nodes, chunk-pipelined (pipeline.ts).
 *
 * Tree (NVIDIA/nccl @5067397c src/graph/connect.cc `ncclTopoPreset` / `connectTrees`, trees.cc `ncclGetDtree`):
 * inside each node a chain through the local ranks (the tree graph's intra order; the chain head treeIntra[0] is
 * the rank that talks to the network); across nodes a double binary tree over the node indices: tree 0 is
 * `ncclGetBtree`, tree 1 its mirror (even node count) or shift (odd). Every channel is duplicated, the copy on the
 * second tree, so half the buffer goes over each tree. Reduce flows up (chain tail -> head -> parent node's
 * head), then the result is broadcast down the same edges.
 *
 * NVLS-tree (`NCCL_ALGO_NVLS_TREE`): inside each node an in-switch reduction (every rank sends its chunk into the
 * switch, which hands each head its reduced 1/h share), one head per channel and NIC; across nodes the double
 * binary tree among the heads, each head's share on its own channel; then the heads multicast the result through
 * the switch to every rank.
 */
import { SWITCH_ENDPOINT } from '../fabric.js';
import { stagedPipeline, type StageTransfer } from './pipeline.js';
import type { Round } from './schedule.js';

/** ncclGetBtree (trees.cc): parent of `rank` in NCCL's binary tree over `n` (-1 for the root, rank 0). */
export function btreeParent(n: number, rank: number): number {
  if (rank === 0) return -1;
  let bit = 1;
  while (bit < n && !(bit & rank)) bit <<= 1;
  let up = (rank ^ bit) | (bit << 1);
  if (up >= n) up = rank ^ bit;
  return up;
}

/** ncclGetDtree (trees.cc): the parent of every node in tree 0 (btree) and tree 1 (mirror if n even, else shift). */
export function dtreeParents(n: number): [number[], number[]] {
  const t0 = Array.from({ length: n }, (_, r) => btreeParent(n, r));
  const t1 = Array.from({ length: n }, (_, r) => {
    if (n % 2 === 1) {
      const u = btreeParent(n, (r - 1 + n) % n);
      return u === -1 ? -1 : (u + 1) % n;
    }
    const u = btreeParent(n, n - 1 - r);
    return u === -1 ? -1 : n - 1 - u;
  });
  return [t0, t1];
}

/** Depth of every node of a tree given by parents (root 0). */
function depths(parent: number[]): number[] {
  const d = new Array<number>(parent.length).fill(-1);
  const of = (v: number): number => {
    if (d[v]! >= 0) return d[v]!;
    d[v] = parent[v] === -1 ? 0 : of(parent[v]!) + 1;
    return d[v]!;
  };
  parent.forEach((_, v) => of(v));
  return d;
}

interface Edge {
  child: number;
  parent: number;
  /** Depth of the child (>= 1). */
  depth: number;
  key: number;
  bytes: number;
}

/** Reduce-up stages (deepest edges first), then broadcast-down stages (shallowest first) over `edges`. */
function upDownStages(edges: Edge[]): StageTransfer[][] {
  const D = Math.max(0, ...edges.map((e) => e.depth));
  const up: StageTransfer[][] = Array.from({ length: D }, () => []);
  const down: StageTransfer[][] = Array.from({ length: D }, () => []);
  for (const e of edges) {
    up[D - e.depth]!.push({ src: e.child, dst: e.parent, bytes: e.bytes, key: e.key });
    down[e.depth - 1]!.push({ src: e.parent, dst: e.child, bytes: e.bytes, key: e.key });
  }
  return [...up, ...down];
}

/**
 * NCCL Tree all_reduce of `bytes` per rank. `chains[c][k]` is channel c's intra-node chain in node k (head
 * first); one node = the chain alone. Each of the 2c tree channels carries bytes / (2c) in `chunks` chunks.
 */
export function ncclTreeAllReduce(chains: number[][][], bytes: number, chunks: number): Round[] {
  const nNodes = chains[0]!.length;
  const trees = dtreeParents(nNodes);
  const share = bytes / (2 * chains.length * chunks);
  const edges: Edge[] = [];
  chains.forEach((nodesChain, c) => {
    trees.forEach((parent, t) => {
      const nodeDepth = depths(parent);
      const key = c * 2 + t;
      // child nodes hang off the parent node's head, so a head is as deep as its node in the node tree
      nodesChain.forEach((chain, k) => {
        const headDepth = nodeDepth[k]!;
        if (parent[k] !== -1)
          edges.push({
            child: chain[0]!,
            parent: nodesChain[parent[k]!]![0]!,
            depth: headDepth,
            key,
            bytes: share,
          });
        for (let i = 1; i < chain.length; i++)
          edges.push({ child: chain[i]!, parent: chain[i - 1]!, depth: headDepth + i, key, bytes: share });
      });
    });
  });
  return stagedPipeline(upDownStages(edges), chunks, 'tree reduce up / broadcast down');
}

/**
 * NCCL NVLS-tree all_reduce: `nodes[k]` = node k's ranks, `heads[k][j]` = node k's head of channel j (the GPU of
 * NIC j). Per chunk: every rank sends its chunk into its switch, each head gets its 1/h share reduced; the heads
 * reduce and broadcast their share over the double binary tree across nodes (channel j on tree j % 2); each head
 * multicasts its share back through the switch to every rank of its node.
 */
export function nvlsTreeAllReduce(
  nodes: number[][],
  heads: number[][],
  bytes: number,
  chunks: number,
): Round[] {
  const h = heads[0]!.length;
  const chunk = bytes / chunks;
  const shard = chunk / h;
  const reduce: StageTransfer[] = [];
  const multicast: StageTransfer[] = [];
  nodes.forEach((ranks, k) => {
    for (const r of ranks) {
      reduce.push({ src: r, dst: SWITCH_ENDPOINT, bytes: chunk, key: 0 });
      multicast.push({ src: SWITCH_ENDPOINT, dst: r, bytes: chunk, key: 1 });
    }
    for (const head of heads[k]!) {
      reduce.push({ src: SWITCH_ENDPOINT, dst: head, bytes: shard, key: 0 });
      multicast.push({ src: head, dst: SWITCH_ENDPOINT, bytes: shard, key: 1 });
    }
  });
  const trees = dtreeParents(nodes.length);
  const edges: Edge[] = [];
  for (let j = 0; j < h; j++) {
    const parent = trees[j % 2]!;
    const d = depths(parent);
    nodes.forEach((_, k) => {
      if (parent[k] !== -1)
        edges.push({
          child: heads[k]![j]!,
          parent: heads[parent[k]!]![j]!,
          depth: d[k]!,
          key: 2 + j,
          bytes: shard,
        });
    });
  }
  return stagedPipeline([reduce, ...upDownStages(edges), multicast], chunks, 'nvls-tree');
}
