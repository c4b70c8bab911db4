/** Result types of the physical-layer analysis: per-link budgets, segments, trained state (stable API). */
import type { DraftIssue, Protocol } from '../model/index.js';

export type Verdict = 'pass' | 'warn' | 'fail' | 'unknown';

/** One contribution to a channel's loss, in channel order. */
export interface LossItem {
  /** Human label: `package node0/cpu0`, `trace megtron6 355.6 mm`, `connector cem`. */
  label: string;
  /** Index of the link's `channel` segment this item comes from (null for implicit items). */
  segmentIndex: number | null;
  /** Insertion loss at the link's Nyquist (dB); negative for a redriver's gain; null when unknown. */
  lossDb: number | null;
  /** Physical length the item spans (traces, cables), for placement along it; 0 otherwise. */
  lengthMm: number;
  /** True when the item may be cut by a retimer at any point along its length (PCB traces). */
  splittable: boolean;
  /** Why the loss is an allowance, estimate or extrapolation (shown in reports), or null. */
  note: string | null;
}

/**
 * One side of a cabled budget segment against the standard's cabled split: `host side` (bump to the cable
 * connector, package included), `cable` (both mated connectors included) or `far side`.
 */
export interface ChannelPart {
  name: 'host side' | 'cable' | 'far side';
  lossDb: number | null;
  allocationDb: number;
  marginDb: number | null;
  /** Cable part only: the length the cable allocation allows, (allocation − connectors) / loss per metre (m). */
  derivedReachM: number | null;
}

/** A stretch of the channel between budget resets (ends, retimers, retimed cables). */
export interface BudgetSegment {
  items: LossItem[];
  /** Sum of the items' losses; null when an item's loss is unknown. */
  lossDb: number | null;
  budgetDb: number | null;
  marginDb: number | null;
  /** What ends the segment on the far side: `end` or the device/cable label. */
  endsAt: string;
  /** Host side, cable and far side when the segment runs through a passive cable and a cabled split is known. */
  parts: ChannelPart[] | null;
  /** What dominates the segment: the part with the least margin against its allocation, else the largest loss item. */
  dominant: string | null;
}

export interface LinkPhyResult {
  id: string;
  protocol: Protocol;
  /** Generation the link is analyzed at: the design's, else the highest both ends support; null if unknown. */
  gen: number | null;
  width: number;
  /** Worst segment's loss at `gen` (dB). */
  lossDb: number | null;
  budgetDb: number | null;
  /** Worst segment's margin at `gen` (dB). */
  marginDb: number | null;
  /** Fewest retimers the channel needs at `gen` (present ones removed); null when not computable. */
  retimersNeeded: number | null;
  /** Budget-resetting devices and cables in the channel. */
  retimersPresent: number;
  trainedGen: number | null;
  trainedWidth: number | null;
  verdict: Verdict;
  /** What dominates the verdict: the worst segment's dominant part or item (`host side`, `cable`, a trace). */
  dominant: string | null;
  segments: BudgetSegment[];
  /** Latency the in-channel devices and cables add, one way (ns). */
  addedLatencyNs: number;
  /** Power the in-channel devices and cables draw (W). */
  addedPowerW: number;
}

export interface PhyReport {
  links: LinkPhyResult[];
  issues: DraftIssue[];
}

export interface PhyOptions {
  /** Recommended margin as % of the budget; else the design's setting, else the catalog guidance. */
  recommendedMarginPct?: number;
}
