/**
 * The design model: plain serializable data with stable string ids (conventions §2).
 * A Design is what `io` produces from a file after units are parsed and modules instantiated.
 */
import type { ComponentKind } from './kinds.js';

export const PROTOCOLS = [
  'pcie',
  'cxl',
  'nvlink',
  'ualink',
  'ethernet',
  'infiniband',
  'infinity-fabric',
  'upi',
  'c2c',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const LEVELS = ['cluster', 'rack', 'node', 'board'] as const;
export type Level = (typeof LEVELS)[number];

/** Direction of a port in a PCIe/CXL hierarchy; `peer` for symmetric links (NVLink, Ethernet, UPI). */
export type PortRole = 'upstream' | 'downstream' | 'peer';

export interface Port {
  /** Unique within its component: `pcie`, `nvl`, `p0`, `up0`. */
  name: string;
  protocol: Protocol;
  /**
   * Further protocols this port can run (a PCIe root port that also runs CXL; an Ethernet port that also runs UALink).
   */
  altProtocols: Protocol[];
  lanes: number;
  /** Highest generation of `protocol` the port supports (PCIe gen for pcie/cxl, NVLink gen for nvlink); null: unknown. */
  maxGen: number | null;
  /** Per-lane signalling rate for Ethernet/InfiniBand/UALink ports (e.g. 100, 200); null where `maxGen` applies. */
  laneRateGbps: number | null;
  role: PortRole;
  /** Allowed splits of the port into links, e.g. [[16],[8,8],[4,4,4,4]]; null: only one link of up to `lanes`. */
  bifurcation: number[][] | null;
  /** Virtual-switch partition of a switch port; ports with the same partition form one virtual switch. */
  partition: string | null;
}

export interface Component {
  /** Path through the declared levels: `rack2/node0/gpu3`. */
  id: string;
  /** The short name within its container: `gpu3`. */
  name: string;
  kind: ComponentKind;
  /** Catalog part id. */
  part: string;
  /** Id of the container it sits in (node, rack, board...), or null at the design's root. */
  container: string | null;
  ports: Port[];
  /** PCI bus id `0000:18:00.0` of a real host (imports, NCCL export), or null. */
  pciBusId: string | null;
  /** NUMA node of a CPU socket, or the NUMA affinity of a device; null when unknown. */
  numaNode: number | null;
  /** Free-form vendor detail that no computation reads (hwloc-style infos). */
  infos: Record<string, string>;
}

export interface PortRef {
  component: string;
  port: string;
}

/** One piece of a link's physical channel, in order from `from` to `to`. */
export type Segment =
  /** The package of an endpoint component (loss from its part, else the standard's allowance). */
  | { type: 'package'; component: string }
  | { type: 'trace'; material: string; lengthMm: number }
  | { type: 'via'; count: number }
  | { type: 'connector'; part: string }
  | { type: 'cable'; part: string; lengthMm: number }
  /** The PCIe CEM add-in-card allowance (bump to gold finger; includes the card's own package). */
  | { type: 'add-in-card' }
  /** A measured or datasheet loss not otherwise modelled. */
  | { type: 'loss'; lossDb: number; note: string }
  /** An in-channel device: retimer, redriver, active cable module, optical transceiver (a component id). */
  | { type: 'device'; component: string };

export interface LinkState {
  gen: number | null;
  width: number;
}

export interface Link {
  /** Stable id: declared, or `from~to` derived (`node0/cpu0.pcie0~node0/pcisw0.up0`). */
  id: string;
  from: PortRef;
  to: PortRef;
  protocol: Protocol;
  /** Lanes (for NVLink: lanes, the standard gives lanes per NVLink link). */
  width: number;
  /** Generation the link is designed for; null means "highest both ends support". */
  gen: number | null;
  laneRateGbps: number | null;
  channel: Segment[];
  /** Speed and width a real host reported (LnkSta / hwloc / NCCL XML); null for designed links. */
  reported: LinkState | null;
  /** What a real host reported it capable of (LnkCap); null when unknown. */
  capable: LinkState | null;
}

export interface Container {
  id: string;
  name: string;
  level: Level;
  parent: string | null;
  /** Module this container was instantiated from, if any. */
  module: string | null;
}

export interface DesignSettings {
  /** Recommended channel margin as a percentage of the budget; null: the catalog's sourced default. */
  recommendedMarginPct: number | null;
  /** Cable choice preference when the design leaves the cable type open. */
  cablePreference: 'power' | 'reach';
  /** Rack power limit in watts, used by BOM and planner; null when not stated. */
  rackPowerW: number | null;
}

export interface Design {
  formatVersion: 1;
  name: string;
  description: string;
  settings: DesignSettings;
  containers: Container[];
  components: Component[];
  links: Link[];
}

export const portKey = (ref: PortRef): string => `${ref.component}.${ref.port}`;
