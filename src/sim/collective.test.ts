import { describe, expect, it } from 'vitest';
import { InputError } from '../model/index.js';
import { runCollective } from './collective.js';
import { nvswitchNode, railOptimizedClos } from './fabrics/index.js';
import { selectRanks } from './ranks.js';

const GIB = 1024 ** 3;

describe('runCollective', () => {
  it('bare network model: ring all_reduce busbw approaches the per-GPU link bandwidth', () => {
    const f = nvswitchNode(8, 100, 500);
    const r = runCollective(f, {
      op: 'all_reduce',
      algo: 'ring',
      ranks: selectRanks(f, 'all'),
      sizes: [GIB],
      protocolModel: false,
    });
    const row = r.results[0]!;
    // t = 14 x (1 us + 2^30/8 B / 100 GB/s) = 14 x 1343.18 us = 18804.6 us; busbw = 2^30/t x 14/8 = 99.93 GB/s
    expect(row.timeUs).toBeCloseTo(14 * (1 + GIB / 8 / 100e3), 3);
    expect(row.busbwGBps).toBeCloseTo(99.93, 2);
    expect(row.algo).toBe('ring');
    expect(row.count).toBe(GIB / 4);
  });

  it('auto picks NVLS for a large all_reduce on an in-network-reduction switch and says so', () => {
    const f = nvswitchNode(8, 450, 500, { inNetworkReduction: true });
    const r = runCollective(f, {
      op: 'all_reduce',
      algo: 'auto',
      ranks: selectRanks(f, 'all'),
      sizes: [8 * GIB],
    });
    expect(r.results[0]!.algo).toBe('nvls');
  });

  it('small messages use the LL protocol: ring 8 B = base + 14 steps x (LL step + path latency)', () => {
    const f = nvswitchNode(8, 450, 500);
    const at8B = (algo: 'ring' | 'tree' | 'auto') =>
      runCollective(f, { op: 'all_reduce', algo, ranks: selectRanks(f, 'all'), sizes: [8] }).results[0]!;
    const ring = at8B('ring');
    expect(ring.protocol).toBe('ll');
    // LL ring: base 6.6 us + 14 steps x (0.6 us NVLink LL step + 2 hops x 0.5 us) = 6.6 + 14 x 1.6 = 29 us
    expect(ring.timeUs).toBeCloseTo(6.6 + 14 * 1.6, 3);
    // NCCL's tree on one node is a chain through the 8 GPUs (connect.cc ncclTopoPreset: tree.up/down along
    // treeIntra): base 6.8 + 7 steps up + 7 down, each 0.6 + 1.0 us = 29.2 us, a hair above the ring's 29.0
    const tree = at8B('tree');
    expect(tree).toMatchObject({ algo: 'tree', protocol: 'll' });
    expect(tree.timeUs).toBeCloseTo(6.8 + 14 * 1.6, 2);
    expect(at8B('auto')).toMatchObject({ algo: 'ring', protocol: 'll' });
  });

  it('auto all_to_all uses the pairwise schedule; direct only when forced', () => {
    const f = nvswitchNode(4, 100, 0);
    const ranks = selectRanks(f, 'all');
    const auto = runCollective(f, {
      op: 'all_to_all',
      algo: 'auto',
      ranks,
      sizes: [4e6],
      protocolModel: false,
    });
    expect(auto.results[0]!.algo).toBe('pairwise');
    // pairwise: 3 rounds, each rank sends 1e6 B at 100 GB/s = 10 us per round -> 30 us
    expect(auto.results[0]!.timeUs).toBeCloseTo(30, 6);
    const direct = runCollective(f, {
      op: 'all_to_all',
      algo: 'direct',
      ranks,
      sizes: [4e6],
      protocolModel: false,
    });
    // direct: each uplink carries 3 x 1e6 B at once: 30 us as well on a non-blocking switch
    expect(direct.results[0]).toMatchObject({ algo: 'direct' });
    expect(direct.results[0]!.timeUs).toBeCloseTo(30, 6);
  });

  it('forcing nvls on a switch without it is an input error', () => {
    const f = nvswitchNode(8, 450, 500);
    expect(() => runCollective(f, { op: 'all_reduce', algo: 'nvls', ranks: [0, 1], sizes: [1024] })).toThrow(
      InputError,
    );
  });

  it('--ranks N takes the first N accelerators in natural id order', () => {
    const f = railOptimizedClos({
      nodes: 2,
      gpusPerNode: 12,
      nicGBps: 50,
      leafRadix: 4,
      oversubscription: 1,
      nvlinkGBps: 300,
      nvlinkLatencyNs: 0,
      networkHopLatencyNs: 0,
    });
    expect(selectRanks(f, 11).map((i) => f.ranks[i])).toContain('node0/gpu10');
    expect(
      selectRanks(f, 13)
        .map((i) => f.ranks[i])
        .at(-1),
    ).toBe('node1/gpu0');
  });

  it('explains: names the bottleneck link class and splits latency from bandwidth', () => {
    const f = railOptimizedClos({
      nodes: 2,
      gpusPerNode: 2,
      nicGBps: 50,
      leafRadix: 4,
      oversubscription: 1,
      nvlinkGBps: 300,
      nvlinkLatencyNs: 0,
      networkHopLatencyNs: 0,
    });
    const r = runCollective(f, {
      op: 'all_reduce',
      algo: 'ring',
      ranks: [0, 1, 2, 3],
      sizes: [GIB],
      protocolModel: false,
    });
    expect(r.results[0]!.bottleneckLinks[0]).toMatch(/leaf/);
    expect(r.results[0]!.latencyUs).toBe(0);
    expect(r.results[0]!.bandwidthUs).toBeCloseTo(r.results[0]!.timeUs, 6);
  });
});
