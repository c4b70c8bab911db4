// Conformance scenarios for the collective engines: fabric + schedule + whether links are shared unevenly.
import {
  buildSchedule,
  fullMesh,
  nvswitchNode,
  railAlignedOrders,
  railOptimizedClos,
  ring,
  type RoutingMode,
  type Schedule,
  type SimFabric,
} from '../../src/sim/index.js';

export interface SimScenario {
  name: string;
  fabric: SimFabric;
  schedule: Schedule;
  routing: RoutingMode;
  /** True when no link is shared unevenly, so analytic alpha-beta and max-min must agree. */
  uncongested: boolean;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const MIB = 1024 * 1024;

const smallClos = railOptimizedClos({
  nodes: 4,
  gpusPerNode: 4,
  nicGBps: 50,
  leafRadix: 4,
  oversubscription: 1,
  nvlinkGBps: 300,
  nvlinkLatencyNs: 300,
  networkHopLatencyNs: 700,
});

/** 4 single-GPU nodes, leaf radix 3 at 2:1 (2 down, 1 up): 2 leaves, one 50 GB/s uplink each. */
export const oversubscribedClos = railOptimizedClos({
  nodes: 4,
  gpusPerNode: 1,
  nicGBps: 50,
  leafRadix: 3,
  oversubscription: 2,
  nvlinkGBps: 300,
  nvlinkLatencyNs: 0,
  networkHopLatencyNs: 0,
});

export const simScenarios = (): SimScenario[] => [
  {
    name: 'nvswitch 8 ring all_reduce 64 MiB',
    fabric: nvswitchNode(8, 450, 500),
    schedule: buildSchedule({
      op: 'all_reduce',
      algo: 'ring',
      ranks: range(8),
      sizeBytes: 64 * MIB,
      channels: 4,
    }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: 'nvswitch 8 nvls all_reduce 64 MiB',
    fabric: nvswitchNode(8, 450, 500, { inNetworkReduction: true }),
    schedule: buildSchedule({ op: 'all_reduce', algo: 'nvls', ranks: range(8), sizeBytes: 64 * MIB }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: 'nvswitch 8 chain broadcast 16 MiB',
    fabric: nvswitchNode(8, 450, 500),
    schedule: buildSchedule({ op: 'broadcast', algo: 'ring', ranks: range(8), sizeBytes: 16 * MIB }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: 'full mesh 4 all_to_all direct 8 MiB',
    fabric: fullMesh(4, 64, 200),
    schedule: buildSchedule({ op: 'all_to_all', algo: 'direct', ranks: range(4), sizeBytes: 8 * MIB }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: 'ring fabric 8 sendrecv 4 MiB',
    fabric: ring(8, 25, 100),
    schedule: buildSchedule({ op: 'sendrecv', algo: 'direct', ranks: range(8), sizeBytes: 4 * MIB }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: 'rail Clos 4x4 rail-aligned ring all_reduce 32 MiB (spray)',
    fabric: smallClos,
    schedule: buildSchedule({
      op: 'all_reduce',
      algo: 'ring',
      ranks: range(16),
      sizeBytes: 32 * MIB,
      orders: railAlignedOrders(range(16), 4, 4),
    }),
    routing: 'spray',
    uncongested: true,
  },
  {
    name: 'rail Clos 4x4 all_gather 16 MiB (ecmp)',
    fabric: smallClos,
    schedule: buildSchedule({
      op: 'all_gather',
      algo: 'ring',
      ranks: range(16),
      sizeBytes: 16 * MIB,
      orders: railAlignedOrders(range(16), 4, 2),
    }),
    routing: 'ecmp',
    uncongested: true,
  },
  {
    name: '2:1 spine all_to_all direct 4 MiB (congested)',
    fabric: oversubscribedClos,
    schedule: buildSchedule({ op: 'all_to_all', algo: 'direct', ranks: range(4), sizeBytes: 4 * MIB }),
    routing: 'ecmp',
    uncongested: false,
  },
  {
    name: 'rail Clos 4x4 all_to_all pairwise 4 MiB (adaptive)',
    fabric: smallClos,
    schedule: buildSchedule({ op: 'all_to_all', algo: 'pairwise', ranks: range(16), sizeBytes: 4 * MIB }),
    routing: 'adaptive',
    uncongested: false,
  },
  {
    name: 'nvswitch 8 tree all_reduce 8 MiB',
    fabric: nvswitchNode(8, 450, 500),
    schedule: buildSchedule({ op: 'all_reduce', algo: 'tree', ranks: range(8), sizeBytes: 8 * MIB }),
    routing: 'ecmp',
    uncongested: false,
  },
];
