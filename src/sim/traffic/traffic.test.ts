import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/index.js';
import { SWITCH_ENDPOINT } from '../fabric.js';
import { buildSchedule, railAlignedOrders, transferCount } from './index.js';

const ranks8 = [0, 1, 2, 3, 4, 5, 6, 7];
const totalBytes = (s: ReturnType<typeof buildSchedule>): number =>
  s.rounds.reduce((sum, r) => sum + r.bytes.reduce((a, b) => a + b, 0) * r.repeat, 0);

describe('traffic generators', () => {
  it('ring all_reduce: 2(n-1) identical steps of S/n per rank', () => {
    const s = buildSchedule({ op: 'all_reduce', algo: 'ring', ranks: ranks8, sizeBytes: 8e6 });
    expect(s.rounds).toHaveLength(1);
    expect(s.rounds[0]!.repeat).toBe(14);
    expect(Array.from(s.rounds[0]!.bytes)).toEqual(new Array(8).fill(1e6));
    expect(s.rounds[0]!.dst[7]).toBe(0); // closes the ring
  });

  it('ring all_reduce with 4 channels: 32 transfers per step of S/(n c) = 8e6/32', () => {
    const s = buildSchedule({ op: 'all_reduce', algo: 'ring', ranks: ranks8, sizeBytes: 8e6, channels: 4 });
    expect(s.rounds[0]!.src).toHaveLength(32);
    expect(s.rounds[0]!.bytes[0]).toBe(8e6 / 32);
  });

  it('all_gather moves (n-1)/n of the whole buffer per rank', () => {
    const s = buildSchedule({ op: 'all_gather', algo: 'ring', ranks: ranks8, sizeBytes: 8e6 });
    expect(totalBytes(s)).toBe(8 * 7 * 1e6);
  });

  it('chain broadcast with 4 chunks over 8 ranks: 4 + 8 - 2 = 10 rounds, 7 x S bytes in all', () => {
    const s = buildSchedule({
      op: 'broadcast',
      algo: 'ring',
      ranks: ranks8,
      sizeBytes: 4e6,
      chunkBytes: 1e6,
    });
    expect(s.rounds.reduce((n, r) => n + r.repeat, 0)).toBe(10);
    expect(totalBytes(s)).toBeCloseTo(7 * 4e6, 3);
  });

  it('a long pipeline is described by its fill, one steady round with a repeat, and its drain', () => {
    // 64 ranks, 1000 chunks: rounds 0..62 fill (edge t carries chunk 0), 63..999 steady (all 63 edges busy),
    // 1000..1061 drain; 63 + 1 + 62 = 126 distinct rounds, 1000 + 64 - 2 = 1062 instances.
    const ranks = Array.from({ length: 64 }, (_, i) => i);
    const s = buildSchedule({ op: 'broadcast', algo: 'ring', ranks, sizeBytes: 1000, chunkBytes: 1 });
    expect(s.rounds).toHaveLength(126);
    expect(s.rounds.reduce((n, r) => n + r.repeat, 0)).toBe(1062);
    expect(s.rounds[63]!).toMatchObject({ repeat: 937, paysLatency: false });
    expect(s.rounds.filter((r) => r.paysLatency)).toHaveLength(63);
  });

  it('double binary tree: every non-root sends S/2 up and receives S/2 down in each tree', () => {
    const s = buildSchedule({
      op: 'all_reduce',
      algo: 'tree',
      ranks: ranks8,
      sizeBytes: 8e6,
      chunkBytes: 1e6,
    });
    // 2 trees x 7 edges x (up + down) x S/2
    expect(totalBytes(s)).toBeCloseTo(2 * 7 * 2 * 4e6, 3);
  });

  it('nvls: per rank S(n+1)/n up and down through the switch', () => {
    const s = buildSchedule({ op: 'all_reduce', algo: 'nvls', ranks: ranks8, sizeBytes: 8e6 });
    let up = 0;
    for (const r of s.rounds)
      r.src.forEach((src, i) => src === 0 && r.dst[i] === SWITCH_ENDPOINT && (up += r.bytes[i]! * r.repeat));
    expect(up).toBeCloseTo(8e6 + 1e6, 3);
  });

  it('all_to_all: pairwise is n-1 rounds of n transfers; direct is one round of n(n-1)', () => {
    const p = buildSchedule({ op: 'all_to_all', algo: 'pairwise', ranks: ranks8, sizeBytes: 8e6 });
    const d = buildSchedule({ op: 'all_to_all', algo: 'direct', ranks: ranks8, sizeBytes: 8e6 });
    expect(p.rounds).toHaveLength(7);
    expect(transferCount(p)).toBe(56);
    expect(transferCount(d)).toBe(56);
    expect(totalBytes(p)).toBe(totalBytes(d));
  });

  it('rejects an algorithm the op lacks', () => {
    expect(() => buildSchedule({ op: 'all_gather', algo: 'tree', ranks: ranks8, sizeBytes: 1 })).toThrow(
      InputError,
    );
  });

  it('rail-aligned orders: every node-to-node hop stays on one local index (one rail)', () => {
    const ranks = Array.from({ length: 32 }, (_, i) => i); // 4 nodes x 8
    for (const order of railAlignedOrders(ranks, 8, 8)) {
      expect(new Set(order).size).toBe(32);
      for (let i = 0; i < 32; i++) {
        const [a, b] = [order[i]!, order[(i + 1) % 32]!];
        if (Math.floor(a / 8) !== Math.floor(b / 8)) expect(a % 8).toBe(b % 8);
      }
    }
  });
});
