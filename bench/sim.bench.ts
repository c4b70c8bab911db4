// Collective-simulation benchmarks (issue #6 Performance): ring all_reduce at 1,024 and 32,768 accelerators with
// and without the structural fast path, and a congested ECMP all_to_all at 1,024.
import {
  railAlignedOrders,
  railOptimizedClos,
  runCollective,
  type CollectiveRequest,
  type RailClosOptions,
  type SimFabric,
} from '../src/sim/index.js';
import { loadDesign } from '../src/io/index.js';
import { trainedFromPhy } from '../src/perf/index.js';
import { analyzePhysical } from '../src/phy/index.js';
import { planCluster, type PresetNode } from '../src/plan/index.js';
import { runDesignCollective, sizeSweep } from '../src/sim/index.js';
import type { Bench } from './types.js';

/** H100 NVLink 4: 18 links x 25 GB/s per direction = 450 GB/s (catalog standard nvlink4). */
const NVLINK4_PER_GPU_GBPS = 450;
/** 400 Gb/s NIC (ConnectX-7 class) = 50 GB/s per direction. */
const NIC_400G_GBPS = 50;
/** 64-port 400G leaf (25.6 Tb/s class): 32 down + 32 up at 1:1, so 128 nodes need 4 leaves per rail. */
const LEAF_RADIX = 64;
/** Estimated hop latencies (ns): NVSwitch hop and NIC/switch hop; timing only, not an accuracy claim. */
const NVLINK_HOP_NS = 500;
const NETWORK_HOP_NS = 1000;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

const clos = (nodes: number, oversubscription: number, leafRadix = LEAF_RADIX): RailClosOptions => ({
  nodes,
  gpusPerNode: 8,
  nicGBps: NIC_400G_GBPS,
  leafRadix,
  oversubscription,
  nvlinkGBps: NVLINK4_PER_GPU_GBPS,
  nvlinkLatencyNs: NVLINK_HOP_NS,
  networkHopLatencyNs: NETWORK_HOP_NS,
});

interface Input {
  fabric: SimFabric;
  request: CollectiveRequest;
}

function ringInput(nodes: number, structural: boolean): Input {
  const fabric = railOptimizedClos(clos(nodes, 1));
  const ranks = Array.from({ length: nodes * 8 }, (_, i) => i);
  return {
    fabric,
    request: {
      op: 'all_reduce',
      algo: 'ring',
      ranks,
      sizes: [GIB],
      orders: railAlignedOrders(ranks, 8, 8),
      structural,
    },
  };
}

function alltoallInput(): Input {
  // 2:1 oversubscribed: radix 48 = 32 down + 16 up, 4 leaves per rail for 128 nodes
  const fabric = railOptimizedClos(clos(128, 2, 48));
  const ranks = Array.from({ length: 1024 }, (_, i) => i);
  // nccl-tests size = whole buffer = 1,024 peers x 1 MiB
  return {
    fabric,
    request: { op: 'all_to_all', algo: 'pairwise', ranks, sizes: [1024 * MIB], routing: 'ecmp' },
  };
}

/** Runs the collective; returns the engine's counts (events, flows, solves) for the results file. */
const run = (input: unknown): unknown => {
  const { fabric, request } = input as Input;
  const r = runCollective(fabric, request);
  return { ...r.engine, busbwGBps: r.results[0]!.busbwGBps, timeUs: r.results[0]!.timeUs };
};

/** A real design end to end (fabric build, placement, every size of an nccl-tests sweep 8 B .. 8 GiB). */
function designSweep(spec: string) {
  const l = loadDesign(spec);
  const trained = trainedFromPhy(analyzePhysical(l.design!, l.catalog).links);
  return { design: l.design!, catalog: l.catalog, trained };
}

const runDesignSweep = (input: unknown): unknown => {
  const d = input as ReturnType<typeof designSweep>;
  const r = runDesignCollective(d.design, d.catalog, {
    op: 'all_reduce',
    algo: 'auto',
    sizes: sizeSweep(8, 8 * GIB, { factor: 2 }),
    trained: d.trained,
  });
  return { sizes: r.results.length, busbwGBpsAt8GiB: r.results.at(-1)!.busbwGBps };
};

/** A planned 128-node HGX H100 cluster (1,024 GPUs, rail-optimised 400G) as the planner writes it. */
function plannedCluster() {
  const node = loadDesign('builtin:hgx-h100-8');
  const presets: Record<string, PresetNode> = {
    'hgx-h100-8': { builtin: 'hgx-h100-8', module: 'dgx-h100', design: node.design! },
  };
  const plan = planCluster({ nodes: 128, scaleOut: '400g-roce' }, node.catalog, presets);
  if (!plan.design) throw new Error(plan.issues.map((i) => i.message).join('; '));
  const trained = trainedFromPhy(analyzePhysical(plan.design, node.catalog).links);
  return { design: plan.design, catalog: node.catalog, trained };
}

const runDesignOnce = (input: unknown): unknown => {
  const d = input as ReturnType<typeof plannedCluster>;
  const r = runDesignCollective(d.design, d.catalog, {
    op: 'all_reduce',
    algo: 'auto',
    sizes: [GIB],
    trained: d.trained,
  });
  return { ranks: r.ranks.length, algo: r.results[0]!.algo, busbwGBps: r.results[0]!.busbwGBps };
};

export const benches: Bench[] = [
  {
    name: 'sim: all_reduce sweep 8 B..8 GiB on builtin:rack-4x-hgx (design → fabric → 31 sizes, auto)',
    params: { design: 'builtin:rack-4x-hgx', ranks: 32, sizes: 31 },
    setup: () => designSweep('builtin:rack-4x-hgx'),
    run: runDesignSweep,
    repeat: 3,
  },
  {
    name: 'sim: all_reduce 1 GiB on a planned 1,024-GPU design (design → fabric → placement → auto)',
    params: { nodes: 128, gpusPerNode: 8, bytes: GIB, scaleOut: '400g-roce' },
    setup: plannedCluster,
    run: runDesignOnce,
    repeat: 3,
  },
  {
    name: 'sim: ring all_reduce 1 GiB, 1,024 accelerators (fast path)',
    params: { nodes: 128, gpusPerNode: 8, bytes: GIB, structural: true, targetS: 0.2 },
    setup: () => ringInput(128, true),
    run,
  },
  {
    name: 'sim: ring all_reduce 1 GiB, 1,024 accelerators (general path)',
    params: { nodes: 128, gpusPerNode: 8, bytes: GIB, structural: false, targetS: 20 },
    setup: () => ringInput(128, false),
    run,
    repeat: 1,
  },
  {
    name: 'sim: ring all_reduce 1 GiB, 32,768 accelerators (fast path)',
    params: { nodes: 4096, gpusPerNode: 8, bytes: GIB, structural: true, targetS: 20, targetMemGB: 2 },
    setup: () => ringInput(4096, true),
    run,
    repeat: 3,
  },
  {
    name: 'sim: all_to_all 1 MiB per pair, 1,024 accelerators, 2:1 oversubscribed, ECMP',
    params: {
      nodes: 128,
      gpusPerNode: 8,
      bytesPerPair: MIB,
      oversubscription: 2,
      routing: 'ecmp',
      targetS: 10,
    },
    setup: alltoallInput,
    run,
    repeat: 3,
  },
];
