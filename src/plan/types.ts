/** Planner input (intent) and result types. */
import type { Design, DraftIssue } from '../model/index.js';

export const SCALE_UP_OPTIONS = ['nvlink', 'pcie6-switch', 'ualink', 'ethernet'] as const;
export type ScaleUp = (typeof SCALE_UP_OPTIONS)[number];
export const SCALE_OUT_OPTIONS = ['400g-roce', '400g-ib', '800g-roce', '800g-ib'] as const;
export type ScaleOut = (typeof SCALE_OUT_OPTIONS)[number];
export const TOPOLOGIES = ['rail-optimized', 'fat-tree'] as const;
export type Topology = (typeof TOPOLOGIES)[number];

/** What the user asks for; absent fields take the defaults of `resolveIntent`. */
export interface PlanIntent {
  name?: string | undefined;
  preset?: string | undefined;
  nodes?: number | undefined;
  /** Alternative to `nodes`: nodes = ceil(accelerators / accelerators per node), for like-for-like comparisons. */
  accelerators?: number | undefined;
  /** Alternative to `nodes`: whole racks (a rack-scale preset's racks, or full racks of nodes). */
  racks?: number | undefined;
  scaleUp?: ScaleUp | undefined;
  scaleOut?: ScaleOut | undefined;
  topology?: Topology | undefined;
  /** Leaf downlink:uplink ratio, `d:u`. */
  oversubscription?: string | undefined;
  rackPowerKw?: number | undefined;
}

/** A preset node: the loaded builtin (one node, `node0/...`) and the module its node was built from. */
export interface PresetNode {
  builtin: string;
  module: string;
  design: Design;
  /**
   * Format-v1 module declarations of a preset that is not a builtin (PRESET_FILES): the plan file carries them
   * instead of importing `builtin:NAME`.
   */
  modules?: Record<string, unknown>;
}

export interface PlanCounts {
  racks: number;
  nodes: number;
  accelerators: number;
  leaves: number;
  spines: number;
  superSpines: number;
  nicLeafCables: number;
  leafSpineCables: number;
  spineSuperSpineCables: number;
  /** Scale-out cables by catalog cable id. */
  cablesByType: Record<string, number>;
}

/** The switch tiers of a right-sized folded Clos (see clos.ts). */
export interface ClosSizes {
  radix: number;
  /** 1: no spine tier (the cluster, or each rail, on one switch). */
  tiers: 1 | 2 | 3;
  /** NIC ports fill leaves in node order across rails (fat-tree, or a rail-optimised cluster on one switch). */
  pooled: boolean;
  /** Downlink ports a leaf may use (D); its uplink ports start there. */
  downlinksPerLeaf: number;
  /** Most uplinks of any leaf. */
  uplinksPerLeaf: number;
  leaves: number;
  /** Per leaf: populated downlinks and uplinks (right-sized from them). */
  leafDownlinks: number[];
  leafUplinks: number[];
  spines: number;
  /** Three tiers: leaves per pod (= spine downlink ports), pods, each pod's first spine; otherwise 0 / []. */
  leavesPerPod: number;
  pods: number;
  podFirstSpine: number[];
  /** Three tiers: uplinks of each spine (one per populated downlink). */
  spineUplinks: number[];
  superSpines: number;
  /** Ports left unused in each tier (room to grow). */
  spareLeafPorts: number;
  spareSpinePorts: number;
  spareSuperSpinePorts: number;
}

export interface PlanLayout {
  nodesPerRack: number;
  nodesPerRackByPower: number;
  nodesPerRackBySpace: number;
  nodePowerW: number;
  /** Parts of the node whose power the catalog does not give (not counted in nodePowerW). */
  unknownPowerParts: string[];
  rackPowerW: number;
  rails: number;
  acceleratorsPerNode: number;
  /** A rack-scale preset (top level a rack): each rack is one copy; its compute trays are the nodes. */
  rackScale: {
    computeTrays: number;
    /** Trays without NICs (NVLink switch trays). */
    otherTrays: number;
    acceleratorsPerRack: number;
    scaleUpSwitchesPerRack: number;
    scaleUpLinksPerRack: number;
  } | null;
}

export interface PlanResult {
  design: Design | null;
  /** The compact format-v1 file (modules + repeat + imports of the preset builtin); null on errors. */
  designFile: Record<string, unknown> | null;
  counts: PlanCounts | null;
  clos: ClosSizes | null;
  layout: PlanLayout | null;
  /** The preset used, the switch part and the port speed. */
  choice: { preset: string; switchPart: string; portGbps: number; protocol: string } | null;
  issues: DraftIssue[];
}
