import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/io/index.js';
import { InputError } from '../../src/model/index.js';
import { buildFabric, pathMatrices, selectDevices, trainedFromPhy } from '../../src/perf/index.js';
import { analyzePhysical } from '../../src/phy/index.js';
import {
  designFabric,
  placeRanks,
  runDesignCollective,
  type DesignCollectiveRequest,
} from '../../src/sim/index.js';

const GIB = 2 ** 30;

function load(spec: string) {
  const l = loadDesign(spec);
  if (!l.design) throw new Error(spec);
  return {
    design: l.design,
    catalog: l.catalog,
    trained: trainedFromPhy(analyzePhysical(l.design, l.catalog).links),
  };
}

function run(spec: string, req: Omit<DesignCollectiveRequest, 'trained'>) {
  const d = load(spec);
  return runDesignCollective(d.design, d.catalog, { ...req, trained: d.trained }).results[0]!;
}

describe('Design → SimFabric on the reference designs', () => {
  it('HGX H100: ring all_reduce busbw = NCCL per-GPU NVLink figure 18 x 20.6 = 370.8 GB/s', () => {
    const r = run('builtin:hgx-h100-8', { op: 'all_reduce', algo: 'ring', sizes: [8 * GIB] });
    // bandwidth part = 2(n-1)/n x S / B = 2 x 7/8 x 8 GiB / 370.8 GB/s
    expect(r.bandwidthUs).toBeCloseTo(((2 * 7) / 8) * ((8 * GIB) / 370.8e9) * 1e6, 0);
    expect(r.busbwGBps / 370.8).toBeGreaterThan(0.995);
    expect(r.busbwGBps / 370.8).toBeLessThan(1);
  });

  it('HGX H100: NVLS found on NVSwitch gen3; busbw = 2(n-1)/(n+1) x 370.8 x 0.85 (nvlsEfficiency Hopper) = 490.3', () => {
    const d = load('builtin:hgx-h100-8');
    expect(designFabric(d.design, d.catalog).fabric.inSwitchReduction?.upLink).toHaveLength(8);
    const r = run('builtin:hgx-h100-8', { op: 'all_reduce', algo: 'auto', sizes: [8 * GIB] });
    expect(r.algo).toBe('nvls');
    const expected = ((2 * 7) / 9) * 370.8 * 0.85;
    expect(Math.abs(r.busbwGBps / expected - 1)).toBeLessThan(0.005);
  });

  it('MI300X mesh: 14 rings, every directed xGMI link carries 2: 7 links x 64 GB/s raw = 448 GB/s busbw', () => {
    const d = load('builtin:mi300x-8');
    const df = designFabric(d.design, d.catalog, { profile: 'raw' });
    expect(df.fabric.inSwitchReduction).toBeUndefined();
    expect(placeRanks(df, [0, 1, 2, 3, 4, 5, 6, 7]).orders).toHaveLength(14);
    const r = run('builtin:mi300x-8', { op: 'all_reduce', algo: 'ring', sizes: [8 * GIB], profile: 'raw' });
    // 14 rings, S/(8 x 14) per step, 2 rings per link at 64 GB/s: 14 steps of S/(8 x 14) / 32 GB/s
    expect(r.bandwidthUs).toBeCloseTo(((2 * 7) / 8) * ((8 * GIB) / 448e9) * 1e6, 0);
  });

  it("MI300X under RCCL's own figure: 7 links x GFX94X_XGMI_WIDTH 48 GB/s = 336 GB/s busbw (measured 315.69)", () => {
    const r = run('builtin:mi300x-8', { op: 'all_reduce', algo: 'ring', sizes: [8 * GIB], profile: 'nccl' });
    expect(r.bandwidthUs).toBeCloseTo(((2 * 7) / 8) * ((8 * GIB) / 336e9) * 1e6, 0);
  });

  it('2-node MI300X: 8 mesh rings from inbound to outbound NIC; the xGMI links (48 GB/s each, one ring each) bound it, not one link x 8', () => {
    const spec = 'test/fixtures/collective/aac10-2node-mi300x.yaml';
    const d = load(spec);
    const df = designFabric(d.design, d.catalog, { profile: 'nccl' });
    const p = placeRanks(
      df,
      df.fabric.ranks.map((_, i) => i),
    );
    expect(p.orders).toHaveLength(8);
    expect(p.description).toContain('each directed mesh link used once per node');
    const r = run(spec, { op: 'all_reduce', algo: 'ring', sizes: [8 * GIB], profile: 'nccl' });
    // 16 ranks, 8 channels: 30 steps of S/(16 x 8), each on a link of its own at 48 GB/s (NIC: 50 GB/s)
    expect(r.bandwidthUs).toBeCloseTo(((30 * (8 * GIB)) / (128 * 48e9)) * 1e6, 0);
  });

  it('auto at 8 GiB, H100 nodes: NVLS on 1 node, NVLS-tree on 2 (tree across nodes halves the NIC bytes), ring on 4', () => {
    const at = (spec: string) => run(spec, { op: 'all_reduce', algo: 'auto', sizes: [8 * GIB] }).algo;
    expect(at('builtin:hgx-h100-8')).toBe('nvls');
    expect(at('test/fixtures/collective/nebius-2node-h100-ib.yaml')).toBe('nvls_tree');
    // 4 nodes: an inner node of the double binary tree sends 3 shares per NIC, the ring 2(n-1)/n x S / 8
    expect(at('builtin:rack-4x-hgx')).toBe('ring');
  });

  it('2-node H100 NVLS-tree: bound by the NVLS links (S + S/8 each way per GPU at 370.8 x 0.85), not the NICs', () => {
    const r = run('test/fixtures/collective/nebius-2node-h100-ib.yaml', {
      op: 'all_reduce',
      algo: 'nvls_tree',
      sizes: [8 * GIB],
    });
    // each GPU: its buffer into the switch + its 1/8 share multicast out; NIC: S/8 each way at 50 GB/s
    const nvlsGBps = 370.8 * 0.85;
    expect(r.bandwidthUs).toBeCloseTo(((8 * GIB * 9) / 8 / (nvlsGBps * 1e9)) * 1e6, -2);
  });

  it('PCIe L40S box: no in-network reduction, so --algo nvls is an input error', () => {
    expect(() => run('builtin:pcie-l40s-8', { op: 'all_reduce', algo: 'nvls', sizes: [GIB] })).toThrow(
      InputError,
    );
  });

  it('2x RTX 2080 Ti without P2P: copies staged through the CPU; both ranks share the Gen3 x16 uplink (12.0 / 2)', () => {
    const d = load('test/fixtures/perf/autodl-2x2080ti.yaml');
    const f = designFabric(d.design, d.catalog).fabric;
    expect(f.route(0, 1, 0).map((l) => f.links[l]!.id)).toEqual([
      'gpu0>pcisw0:pcie',
      'pcisw0>cpu0:pcie',
      'cpu0>pcisw0:pcie',
      'pcisw0>gpu1:pcie',
    ]);
    const r = run('test/fixtures/perf/autodl-2x2080ti.yaml', {
      op: 'all_reduce',
      algo: 'ring',
      sizes: [GIB],
    });
    // NCCL's Gen3 figure 16 lanes x 0.75 GB/s = 12 GB/s per direction, two flows up the one uplink: 6 GB/s
    expect(r.bandwidthUs).toBeCloseTo((GIB / 6e9) * 1e6, 0);
  });

  it('2-node B200: each GPU gets its own nearest NIC and rail-aligned rings keep node hops on one rail', () => {
    const spec = 'test/fixtures/collective/gcp-a4-2node-b200.yaml';
    const d = load(spec);
    const df = designFabric(d.design, d.catalog);
    const ranks = df.fabric.ranks.map((_, i) => i);
    const p = placeRanks(df, ranks);
    expect(p.nodeGroups).toHaveLength(2);
    expect(p.orders).toHaveLength(8);
    const local = (r: number) => df.fabric.ranks[r]!.split('/gpu')[1];
    for (const order of p.orders!)
      order.forEach((a, i) => {
        const b = order[(i + 1) % order.length]!;
        if (df.rankHost[a] !== df.rankHost[b]) expect(local(a)).toBe(local(b));
      });
    const nicOf = (s: number, t: number) =>
      df.fabric
        .route(s, t, 0)
        .map((l) => df.fabric.links[l]!.id)
        .find((id) => id.includes('>sw0'));
    const g = (id: string) => df.fabric.ranks.indexOf(id);
    expect(nicOf(g('node0/gpu6'), g('node1/gpu6'))).toBe('node0/nic6>sw0:ethernet');
    expect(nicOf(g('node0/gpu7'), g('node1/gpu7'))).toBe('node0/nic7>sw0:ethernet');
    // all_gather: 8 rings, each bound by its GPU's Gen5 x16 link at NCCL's 48 GB/s (NIC 50): busbw 8 x 48 = 384
    const r = run(spec, { op: 'all_gather', algo: 'ring', sizes: [8 * GIB] });
    expect(r.bandwidthUs).toBeCloseTo((15 / 16) * ((8 * GIB) / 384e9) * 1e6, 0);
  });

  it('GPUDirect RDMA by NCCL rule: GCP B200 NICs (PIX) carry direct traffic, MOC H100 NIC (NODE) host-staged', () => {
    const classes = (spec: string, nic: string) => {
      const d = load(spec);
      const df = designFabric(d.design, d.catalog);
      return [
        ...new Set(df.fabric.links.flatMap((l, i) => (l.id.startsWith(`${nic}>`) ? [df.linkClass[i]] : []))),
      ];
    };
    expect(classes('test/fixtures/collective/gcp-a4-2node-b200.yaml', 'node0/nic0')).toEqual([
      'pcie.gen5',
      'ethernet',
    ]);
    // MOC: GPU and NIC on separate CPU root ports (NODE > PXB, the log's 'GDR 0'): the network link is staged
    expect(classes('test/fixtures/collective/moc-2node-h100-roce.yaml', 'node0/nic0')).toEqual([
      'pcie.gen5',
      'ethernet.host-staged',
    ]);
    // the 2080 Ti uplink carries the SHM copies: class pcie.gen3.host-staged
    expect(classes('test/fixtures/perf/autodl-2x2080ti.yaml', 'pcisw0')).toContain('pcie.gen3.host-staged');
  });

  it('a calibrated host-staged class falls back to its generation-free family, never to the direct class', () => {
    const d = load('test/fixtures/perf/autodl-2x2080ti.yaml');
    const cal = (key: string) => ({
      calibrationVersion: 1 as const,
      params: { [key]: { value: 0.5, unit: 'ratio' as const, fittedFrom: ['test'], samples: 1 } },
    });
    const up = (c: ReturnType<typeof cal>) => {
      const df = designFabric(d.design, d.catalog, {
        profile: 'calibrated',
        calibration: c,
        trained: d.trained,
      });
      return df.fabric.links.find((l) => l.id === 'pcisw0>cpu0:pcie')!.capacityGBps;
    };
    // raw Gen3 x16: 16 x 8 GT/s x 128/130 / 8 = 15.754 GB/s x TLP efficiency 256/(256+28) = 14.201 GB/s
    const raw = ((16 * 8 * 128) / 130 / 8) * (256 / 284);
    expect(up(cal('collective.efficiency.pcie.host-staged'))).toBeCloseTo(raw * 0.5, 3);
    expect(up(cal('collective.efficiency.pcie.gen3.host-staged'))).toBeCloseTo(raw * 0.5, 3);
    // the direct class does not apply: NCCL's Gen3 figure, 16 x 0.75 = 12 GB/s, stands
    expect(up(cal('collective.efficiency.pcie.gen3'))).toBeCloseTo(12, 6);
  });

  it('12 ranks over 2 nodes (8 + 4, no node groups) still pay the calibrated scale-out latency per step', () => {
    const d = load('builtin:rack-4x-hgx');
    const calibration = {
      calibrationVersion: 1 as const,
      params: {
        'collective.stepLatencyUs.scaleout': {
          value: 10,
          unit: 'us' as const,
          fittedFrom: ['test'],
          samples: 1,
        },
      },
    };
    const req = {
      op: 'all_reduce' as const,
      algo: 'ring' as const,
      ranks: 12,
      sizes: [2 ** 20],
      trained: d.trained,
    };
    const cal = runDesignCollective(d.design, d.catalog, { ...req, profile: 'calibrated', calibration });
    expect(cal.latencyTier).toBe('scaleout');
    // ring all_reduce on 12 ranks: 2 x 11 = 22 latency-paying steps, 10 us each
    expect(cal.results[0]!.latencySteps).toBe(22);
    const plain = runDesignCollective(d.design, d.catalog, {
      ...req,
      profile: 'calibrated',
      calibration: { ...calibration, params: {} },
    });
    expect(cal.results[0]!.timeUs - plain.results[0]!.timeUs).toBeCloseTo(220, 6);
  });

  it('one meaning of calibrated: a path fit (efficiency.nvlink.p2p) moves paths and collectives alike', () => {
    const d = load('builtin:hgx-h100-8');
    const calibration = {
      calibrationVersion: 1 as const,
      params: {
        'efficiency.nvlink.p2p': { value: 0.9, unit: 'ratio' as const, fittedFrom: ['t'], samples: 1 },
      },
    };
    const fabric = buildFabric(d.design, d.catalog, { calibration, trained: d.trained });
    const gpus = selectDevices(d.design, ['gpu']).slice(0, 2);
    const m = pathMatrices(fabric, gpus, { profile: 'calibrated' });
    // 18 NVLink 4 links x 25 GB/s raw x 0.9 = 405 GB/s per direction (NCCL's figure would be 370.8)
    expect(m.bwGBps[0]![1]).toBeCloseTo(405, 6);
    const r = runDesignCollective(d.design, d.catalog, {
      op: 'all_reduce',
      algo: 'ring',
      sizes: [8 * GIB],
      profile: 'calibrated',
      calibration,
      trained: d.trained,
      fabric,
    }).results[0]!;
    // the ring runs on the same 405 GB/s: busbw just under it (the fixed latencies), not NCCL's 370.8
    expect(r.busbwGBps / 405).toBeGreaterThan(0.99);
    expect(r.busbwGBps / 405).toBeLessThan(1);
  });

  it('auto compares algorithms with the calibrated step latency in their cost (the fastest forced one wins)', () => {
    const d = load('builtin:rack-4x-hgx');
    const calibration = {
      calibrationVersion: 1 as const,
      params: {
        'collective.stepLatencyUs.scaleout': {
          value: 50,
          unit: 'us' as const,
          fittedFrom: ['test'],
          samples: 1,
        },
      },
    };
    const req = {
      op: 'all_reduce' as const,
      ranks: 32,
      sizes: [1024],
      profile: 'calibrated' as const,
      calibration,
      trained: d.trained,
      mode: 'analytic' as const,
    };
    const at = (algo: 'auto' | 'ring' | 'tree' | 'nvls_tree') =>
      runDesignCollective(d.design, d.catalog, { ...req, algo }).results[0]!;
    // the algorithms auto considers on 4 HGX nodes (NCCL's: hierarchical is only run when asked for)
    const forced = (['ring', 'tree', 'nvls_tree'] as const).map(at);
    // each forced algorithm pays 50 us per latency-paying step on top of its network time
    for (const r of forced) expect(r.latencyUs).toBeGreaterThanOrEqual(50 * r.latencySteps);
    const fastest = forced.reduce((a, b) => (b.timeUs < a.timeUs ? b : a));
    const auto = at('auto');
    expect(auto.algo).toBe(fastest.algo);
    expect(auto.timeUs).toBeCloseTo(fastest.timeUs, 6);
    // at 1 KiB the fewest latency-paying steps win: NVLS-tree's 6 (NVLS reduce, 2 tree levels up, 2 down,
    // multicast) beat NCCL Tree's 18 (2 x (7 chain + 2 tree levels)) and the ring's 2(n-1) = 62
    expect(auto.algo).toBe('nvls_tree');
    expect(forced.map((r) => r.latencySteps)).toEqual([62, 18, 6]);
  });

  it('rack of 4 HGX: ranks grouped by node, hierarchical all_reduce available', () => {
    const d = load('builtin:rack-4x-hgx');
    const df = designFabric(d.design, d.catalog);
    expect(
      placeRanks(
        df,
        df.fabric.ranks.map((_, i) => i),
      ).nodeGroups,
    ).toHaveLength(4);
    const r = run('builtin:rack-4x-hgx', { op: 'all_reduce', algo: 'hierarchical', sizes: [GIB] });
    expect(r.algo).toBe('hierarchical');
  });
});
