import { describe, expect, it } from 'vitest';
import { SWITCH_ENDPOINT } from '../fabric.js';
import { dtreeParents, ncclTreeAllReduce, nvlsTreeAllReduce } from './nccl-tree.js';
import { stagedPipeline } from './pipeline.js';
import type { Round } from './schedule.js';

/** Total bytes src -> dst over all rounds (repeats included). */
function bytesBetween(rounds: Round[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rounds)
    for (let i = 0; i < r.src.length; i++) {
      const k = `${r.src[i]}>${r.dst[i]}`;
      m.set(k, (m.get(k) ?? 0) + r.bytes[i]! * r.repeat);
    }
  return m;
}

describe('ncclGetDtree (trees.cc)', () => {
  it('2 nodes: tree 0 rooted at node 0, tree 1 (mirror) at node 1', () => {
    expect(dtreeParents(2)).toEqual([
      [-1, 0],
      [1, -1],
    ]);
  });
  it('4 nodes: btree 0 <- 2 <- {1, 3}; the mirror 3 <- 1 <- {0, 2}', () => {
    // ncclGetBtree(4): rank 2 (bit 2) has up (2^2)|4 = 4 >= 4 so 0; ranks 1, 3 (bit 1) have up 2
    expect(dtreeParents(4)).toEqual([
      [-1, 2, 0, 2],
      [1, 3, 1, -1],
    ]);
  });
  it('3 nodes (odd): the second tree is the first shifted by one', () => {
    expect(dtreeParents(3)).toEqual([
      [-1, 2, 0],
      [1, -1, 0],
    ]);
  });
});

describe('stagedPipeline', () => {
  it('K chunks over 2 stages: K + 1 rounds, the K - 1 middle ones run both stages at once', () => {
    const rounds = stagedPipeline(
      [[{ src: 0, dst: 1, bytes: 10, key: 0 }], [{ src: 1, dst: 2, bytes: 10, key: 0 }]],
      8,
      'x',
    );
    expect(rounds.reduce((n, r) => n + r.repeat, 0)).toBe(9);
    const both = rounds.filter((r) => r.src.length === 2);
    expect(both.reduce((n, r) => n + r.repeat, 0)).toBe(7);
    // only the two rounds carrying chunk 0 pay latency (2 stages)
    expect(rounds.filter((r) => r.paysLatency).reduce((n, r) => n + r.repeat, 0)).toBe(2);
  });
});

describe('NCCL Tree across nodes (intra chain + double binary tree)', () => {
  it('2 nodes, one chain channel: each node-to-node direction carries the whole buffer once (S/2 per tree, up + down)', () => {
    const S = 1024;
    const rounds = ncclTreeAllReduce(
      [
        [
          [0, 1],
          [2, 3],
        ],
      ],
      S,
      4,
    );
    const b = bytesBetween(rounds);
    // tree 0: node 1's head 2 reduces up to 0 (S/2), 0 broadcasts down (S/2); tree 1 the other way round
    expect(b.get('2>0')).toBeCloseTo(S, 9);
    expect(b.get('0>2')).toBeCloseTo(S, 9);
    // intra chains: 1 -> 0 reduce and 0 -> 1 broadcast in both trees (S/2 each)
    expect(b.get('1>0')).toBeCloseTo(S, 9);
    expect(b.get('0>1')).toBeCloseTo(S, 9);
    expect(b.has('1>3') || b.has('3>1')).toBe(false);
  });
});

describe('NVLS-tree across nodes', () => {
  const S = 1024;
  const nodes = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
  ];
  it('2 nodes x 2 heads: every head NIC carries its S/2 shard once each way; the switch sees S per rank each way', () => {
    const b = bytesBetween(nvlsTreeAllReduce(nodes.slice(0, 2), nodes.slice(0, 2), S, 4));
    expect(b.get('0>2')).toBeCloseTo(S / 2, 9);
    expect(b.get('2>0')).toBeCloseTo(S / 2, 9);
    expect(b.get('1>3')).toBeCloseTo(S / 2, 9);
    expect(b.get('3>1')).toBeCloseTo(S / 2, 9);
    // rank -> switch: its whole buffer (reduce) + its shard (multicast) = S + S/2
    expect(b.get(`0>${SWITCH_ENDPOINT}`)).toBeCloseTo(S + S / 2, 9);
    expect(b.get(`${SWITCH_ENDPOINT}>0`)).toBeCloseTo(S / 2 + S, 9);
  });
  it('4 nodes: head 0 of node 2 (inner node of tree 0) sends 3 shards (up to node 0, down to 1 and 3); a leaf sends 1', () => {
    const b = bytesBetween(nvlsTreeAllReduce(nodes, nodes, S, 4));
    const out = (r: number) =>
      [...b.entries()]
        .filter(([k]) => k.startsWith(`${r}>`) && !k.endsWith(`>${SWITCH_ENDPOINT}`))
        .reduce((s, [, v]) => s + v, 0);
    const shard = S / 2;
    expect(out(4)).toBeCloseTo(3 * shard, 9); // node 2, head 0: tree 0 parent of 1 and 3, child of 0
    expect(out(0)).toBeCloseTo(1 * shard, 9); // node 0, head 0: tree 0 root, one child (node 2)
    expect(out(2)).toBeCloseTo(1 * shard, 9); // node 1, head 0: a leaf of tree 0
    expect(out(3)).toBeCloseTo(3 * shard, 9); // node 1, head 1: tree 1 parent of 0 and 2, child of 3
  });
});
