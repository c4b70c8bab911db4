/**
 * The fabric the simulator consumes: directed links with a capacity per direction and routes between ranks.
 * The path-analysis layer will build one from a Design; synthetic builders live in fabrics/.
 */

/** Which NCCL hardware-latency class a link belongs to (tuning.cc hwLatencies: NVLINK/PCI vs NET). */
export type LinkTier = 'scaleup' | 'scaleout';

export interface SimLink {
  id: string;
  /** Capacity in one direction (this link is directed), GB/s (10^9 B/s). */
  capacityGBps: number;
  /** Latency this hop adds (propagation + switch), ns. */
  latencyNs: number;
  tier: LinkTier;
}

/** A switch that reduces in the network (NVLS-class): per rank the link into it and the link out of it. */
export interface InSwitchReduction {
  upLink: number[];
  downLink: number[];
  /** The reducing switch of each rank (node index); absent: one switch for every rank. */
  switchOf?: number[];
}

export interface SimFabric {
  links: SimLink[];
  /** Device id of each rank (index = rank). */
  ranks: string[];
  /** ECMP route: one of the equal-cost paths chosen by hashing `flowKey` (directed link indices). */
  route(src: number, dst: number, flowKey: number): number[];
  /** Every equal-cost path from src to dst (for adaptive routing and spraying); a single-path fabric returns [route]. */
  paths(src: number, dst: number): number[][];
  /** Present where the scale-up switch reduces in-network. */
  inSwitchReduction?: InSwitchReduction;
  /** What the builder made, for reports (`rail-optimized Clos 128x8 ...`). */
  description: string;
}

/** A fixed per-step cost by the class of the path: scale-out if any link of it is scale-out (ps). */
export interface StepOverheadPs {
  scaleup: number;
  scaleout: number;
}

/** The step overhead a path pays. */
export function pathOverheadPs(fabric: SimFabric, links: readonly number[], o: StepOverheadPs): number {
  for (const l of links) if (fabric.links[l]!.tier === 'scaleout') return o.scaleout;
  return o.scaleup;
}

export type RoutingMode = 'ecmp' | 'adaptive' | 'spray';
export const ROUTING_MODES: readonly RoutingMode[] = ['ecmp', 'adaptive', 'spray'];
/** Default routing: ECMP, what a standard Ethernet/IB fabric does with per-flow hashing. */
export const DEFAULT_ROUTING: RoutingMode = 'ecmp';

/** Endpoint index meaning "the in-network reduction switch" in a transfer (NVLS). */
export const SWITCH_ENDPOINT = -1;

/**
 * Deterministic 32-bit hash of a flow's 3-tuple (src, dst, flowKey) standing in for a switch's 5-tuple hash;
 * distinct flows collide on the same uplink exactly as often as real ECMP would on a good hash.
 */
export function ecmpHash(src: number, dst: number, flowKey: number): number {
  let h = Math.imul(src ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ dst, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ flowKey, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}
