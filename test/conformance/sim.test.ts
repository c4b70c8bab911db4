// Conformance suite for the collective engines: flow engine vs analytic model, structural fast path vs general
// path, incremental vs reference max-min, and hand-computed answers on uncongested and congested scenarios.
import { describe, expect, it } from 'vitest';
import {
  analyzeSchedule,
  buildSchedule,
  nvswitchNode,
  railAlignedOrders,
  railOptimizedClos,
  simulateSchedule,
  type Schedule,
} from '../../src/sim/index.js';
import { oversubscribedClos, simScenarios } from './sim-fixtures.js';

describe.each(simScenarios())('$name', (sc) => {
  const fast = simulateSchedule(sc.fabric, sc.schedule, { routing: sc.routing });
  const general = simulateSchedule(sc.fabric, sc.schedule, { routing: sc.routing, structural: false });

  it('structural fast path equals the general path (and each actually ran)', () => {
    expect(fast.path).toBe('structural');
    expect(general.path).toBe('general');
    expect(fast.timePs).toBe(general.timePs);
    // the fast path simulates one instance per distinct round, the general path every instance
    const instances = sc.schedule.rounds.reduce((n, r) => n + r.repeat, 0);
    if (instances > sc.schedule.rounds.length) expect(fast.stats.flows).toBeLessThan(general.stats.flows);
  });

  it('incremental max-min equals the reference solver over the whole run', () => {
    const reference = simulateSchedule(sc.fabric, sc.schedule, { routing: sc.routing, solver: 'reference' });
    expect(fast.stats.incrementalSolves).toBeGreaterThan(0);
    expect(reference.stats.incrementalSolves).toBe(0);
    expect(Math.abs(reference.timePs - fast.timePs)).toBeLessThanOrEqual(sc.schedule.rounds.length * 2);
  });

  // Skipped on congested scenarios, by design: there max-min dynamics (flows leaving and others speeding up,
  // adaptive placement) are what the flow engine adds, and alpha-beta is not expected to match.
  it.runIf(sc.uncongested)('flow engine and analytic alpha-beta agree within 1 %', () => {
    const analytic = analyzeSchedule(sc.fabric, sc.schedule, { routing: sc.routing });
    expect(Math.abs(fast.timePs - analytic.timePs) / analytic.timePs).toBeLessThan(0.01);
  });
});

describe('hand-computed answers', () => {
  it('ring all_reduce: t = 2(n-1)(a + S/(nB)) and busbw = B for large S', () => {
    // n = 8, B = 100 GB/s, a = 2 x 500 ns per step, S = 8 GB: 14 x (1 us + 1e9 B / 100e9 B/s) = 14 x 10001 us
    const f = nvswitchNode(8, 100, 500);
    const s = buildSchedule({
      op: 'all_reduce',
      algo: 'ring',
      ranks: [0, 1, 2, 3, 4, 5, 6, 7],
      sizeBytes: 8e9,
    });
    const t = simulateSchedule(f, s, { routing: 'ecmp' }).timePs;
    expect(t).toBe(14 * 10_001e6);
    const busbwGBps = (8e9 / (t / 1e12) / 1e9) * (14 / 8);
    expect(busbwGBps).toBeCloseTo(100, 0); // 99.99
  });

  it('nvls all_reduce pipelined over K chunks: t = S/(KB) x (2 + (K-1)(n+1)/n)', () => {
    // S = 8e8, K = 8 (chunk 1e8), n = 8, B = 400 GB/s, no latency. S/(KB) = 1e8 / 400e9 = 250 us.
    // First round (reduce only) and last (multicast only): 250 us each; 7 middle rounds: 250 x 9/8 = 281.25 us.
    // Total 250 x (2 + 7 x 9/8) = 2468.75 us.
    const f = nvswitchNode(8, 400, 0, { inNetworkReduction: true });
    const ranks = [0, 1, 2, 3, 4, 5, 6, 7];
    const s = buildSchedule({ op: 'all_reduce', algo: 'nvls', ranks, sizeBytes: 8e8, chunkBytes: 1e8 });
    expect(s.rounds.map((r) => r.repeat)).toEqual([1, 7, 1]);
    expect(simulateSchedule(f, s, { routing: 'ecmp' }).timePs).toBe(2468.75e6);
  });

  it('oversubscribed spine: all_to_all takes 4p/B instead of the NIC-bound 3p/B', () => {
    // 4 ranks, p = 1e6 B per pair, B = 50 GB/s. Ranks 0,1 on leaf 0 and 2,3 on leaf 1; one uplink per leaf.
    // Leaf 0's uplink carries 0->2, 0->3, 1->2, 1->3: B/4 each, so they finish at p/(B/4) = 4p/B = 80 us.
    // (Rank 0's NIC then has B - 2 x B/4 = B/2 left for 0->1, which ends at 2p/B = 40 us.)
    // Without the spine, each NIC sends 3p at B: 3p/B = 60 us. Slowdown 4/3.
    const s = buildSchedule({ op: 'all_to_all', algo: 'direct', ranks: [0, 1, 2, 3], sizeBytes: 4e6 });
    expect(simulateSchedule(oversubscribedClos, s, { routing: 'ecmp' }).timePs).toBe(80e6);
    const nonBlocking = railOptimizedClos({
      nodes: 4,
      gpusPerNode: 1,
      nicGBps: 50,
      leafRadix: 8,
      oversubscription: 1,
      nvlinkGBps: 300,
      nvlinkLatencyNs: 0,
      networkHopLatencyNs: 0,
    });
    // radix 8 at 1:1 = 4 down: all four nodes on one leaf, NIC-bound
    expect(simulateSchedule(nonBlocking, s, { routing: 'ecmp' }).timePs).toBe(60e6);
  });

  it('two jobs sharing a NIC uplink each run at half speed', () => {
    // Job A: rank 0 -> rank 2, job B: rank 0 -> rank 3, 5e6 B each, both leave through rank 0's 50 GB/s NIC.
    // Alone: 5e6 / 50e9 = 100 us. Together: 25 GB/s each -> 200 us.
    const f = oversubscribedClos;
    const jobA = buildSchedule({ op: 'sendrecv', algo: 'direct', ranks: [0, 2], sizeBytes: 5e6 });
    const onlyFirst = (s: Schedule, keep: number): Schedule => ({
      ...s,
      rounds: s.rounds.map((r) => ({
        ...r,
        src: r.src.slice(0, keep),
        dst: r.dst.slice(0, keep),
        bytes: r.bytes.slice(0, keep),
        flowKey: r.flowKey.slice(0, keep),
      })),
    });
    const a = onlyFirst(jobA, 1);
    const b = onlyFirst(buildSchedule({ op: 'sendrecv', algo: 'direct', ranks: [0, 3], sizeBytes: 5e6 }), 1);
    expect(simulateSchedule(f, a, { routing: 'ecmp' }).timePs).toBe(100e6);
    const both: Schedule = {
      ...a,
      rounds: [
        {
          ...a.rounds[0]!,
          src: Int32Array.of(0, 0),
          dst: Int32Array.of(2, 3),
          bytes: Float64Array.of(5e6, 5e6),
          flowKey: Int32Array.of(0, 1),
        },
      ],
    };
    void b;
    expect(simulateSchedule(f, both, { routing: 'ecmp' }).timePs).toBe(200e6);
  });
});

describe('hierarchical all_reduce', () => {
  it('2 nodes x 4: intra reduce-scatter + rail ring + intra all-gather = 30 + 40 + 30 us', () => {
    // S = 8e6 B. Intra steps: S/4 = 2e6 B over 200 GB/s NVLink = 10 us, 3 steps each way.
    // Inter: 2(N-1) = 2 steps of S/(4 x 2) = 1e6 B over a 50 GB/s NIC = 20 us each.
    const f = railOptimizedClos({
      nodes: 2,
      gpusPerNode: 4,
      nicGBps: 50,
      leafRadix: 4,
      oversubscription: 1,
      nvlinkGBps: 200,
      nvlinkLatencyNs: 0,
      networkHopLatencyNs: 0,
    });
    const nodeGroups = [
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ];
    const s = buildSchedule({
      op: 'all_reduce',
      algo: 'hierarchical',
      ranks: [0, 1, 2, 3, 4, 5, 6, 7],
      sizeBytes: 8e6,
      nodeGroups,
    });
    expect(simulateSchedule(f, s, { routing: 'ecmp' }).timePs).toBe(100e6);
    // a rail-aligned flat ring crosses a 50 GB/s NIC in each of its 14 steps of S/8 = 1e6 B: 14 x 20 us = 280 us
    const ranks = [0, 1, 2, 3, 4, 5, 6, 7];
    const orders = railAlignedOrders(ranks, 4, 1);
    const flat = buildSchedule({ op: 'all_reduce', algo: 'ring', ranks, sizeBytes: 8e6, orders });
    expect(simulateSchedule(f, flat, { routing: 'ecmp' }).timePs).toBe(280e6);
    // in id order both crossings (3->4, 7->0) go rail-3 leaf -> spine -> rail-0 leaf; if ECMP hashes them onto
    // the same spine (it does) they share its 50 GB/s: 40 us per step, 560 us
    const idOrder = buildSchedule({ op: 'all_reduce', algo: 'ring', ranks, sizeBytes: 8e6 });
    expect(f.route(3, 4, 0)[1]).toBe(f.route(7, 0, 0)[1]); // the deterministic hash does collide here
    expect(simulateSchedule(f, idOrder, { routing: 'ecmp' }).timePs).toBe(560e6);
    // spraying halves each over both spines: no collision hot spot, 280 us
    expect(simulateSchedule(f, idOrder, { routing: 'spray' }).timePs).toBe(280e6);
  });
});
