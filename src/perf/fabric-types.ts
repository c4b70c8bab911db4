/** The types of the prepared routing graph (fabric.ts builds it; route-tree.ts walks it): nodes, directed links, route trees. */
import type { ComponentKind, DraftIssue, PortRef, Protocol } from '../model/index.js';
import type { Calibration, CalibrationTier } from './calibration.js';
import type { LatencyItem } from './latency.js';
import type { RateFactor } from './link-rate.js';
import type { ProfileGBps } from './profile.js';
import type { DesignIndex, TrainedMap } from './state.js';

/** Route preference: a path's tier is its worst link's; lower tiers win, then fewer hops (as NCCL ranks paths). */
export const TIER = { scaleUp: 1, pcie: 2, socket: 3, network: 4 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];
/** The calibration's tier of a link: the network is `scaleout`, everything inside a node `scaleup`. */
export const calibrationTier = (tier: Tier): CalibrationTier =>
  tier === TIER.network ? 'scaleout' : 'scaleup';

export interface FabricNode {
  index: number;
  /** Component id (the first member for merged planes). */
  id: string;
  /** Components this node stands for: several for parallel NVLink/UALink/network switch planes. */
  members: string[];
  kind: ComponentKind;
  /** Id of the `node`-level container (host) the component sits in, or null. */
  host: string | null;
  /** Paths may pass through it (switches, root complexes; NICs bridge PCIe to the network). */
  forwards: boolean;
  /** Latency of passing through (ns), with its source. */
  latency: LatencyItem | null;
  /** NCCL's bandwidth charge for P2P passing through this node (1.2 for Intel root complexes, else 1). */
  ncclP2pCharge: number;
  /** NVLink-style links this node has into the scale-up fabric (for NV#). */
  scaleUpLinks: number;
}

export interface DirectedLink {
  index: number;
  /** `fromNode>toNode:protocol`. */
  id: string;
  /** The first design link of the bundle (what reports name). */
  linkId: string;
  linkIds: string[];
  from: number;
  to: number;
  protocol: Protocol;
  tier: Tier;
  /** Generation the bundle's first link runs at (trained, else designed; null: unknown): its link class. */
  gen: number | null;
  /** Capacity per direction (GB/s) of the whole bundle in each profile (`calibrated`: see calibratedGBps). */
  capacityGBps: ProfileGBps;
  /** Parallel protocol links in the bundle (NVLink count). */
  linkCount: number;
  latencyNs: number;
  latency: LatencyItem[];
  /** Rate factors of the first link (for explanations). */
  factors: RateFactor[];
}

export interface FabricOptions {
  trained?: TrainedMap;
  calibration?: Calibration | null;
}

export interface Fabric {
  ix: DesignIndex;
  calibration: Calibration | null;
  nodes: FabricNode[];
  directedLinks: DirectedLink[];
  /** Outgoing directed-link indices per node. */
  out: number[][];
  nodeOf: (componentId: string) => number | undefined;
  /** The node a port belongs to (a partitioned switch has one node per partition). */
  nodeOfPort: (ref: PortRef) => number | undefined;
  /** Directed-link indices from `src` to `dst` (component ids); empty when unreachable or equal. */
  route: (src: string, dst: string) => number[];
  tree: (srcNode: number) => RouteTree;
  /**
   * Derived data computed once per fabric (PCIe chains, route-search arrays) and dropped with it: the per-design
   * context that replaces module-level caches. `key` names the datum; `build` runs on first use.
   */
  memo: <T>(key: symbol, build: () => T) => T;
  issues: DraftIssue[];
}

export interface RouteTree {
  src: number;
  /** Tier of the path to each node (1 scale-up .. 4 network); 0 = unreachable. */
  tier: Int8Array;
  hops: Int32Array;
  /** Directed link into each node on its path; -1 at the source and unreached nodes. */
  parent: Int32Array;
  /** `from` node of every directed link (shared with the fabric). */
  from: Int32Array;
  /** Bottleneck bandwidth per profile (raw, nccl, calibrated) to each node (GB/s); NaN = unknown. */
  bw: [Float64Array, Float64Array, Float64Array];
  /** Directed link that is the bottleneck per profile. */
  bottleneck: [Int32Array, Int32Array, Int32Array];
  /** Sum of link and intermediate-node latencies (ns). */
  latencyNs: Float64Array;
  /** Largest NCCL P2P charge of an intermediate node (1 = none). */
  ncclCharge: Float64Array;
}
