/**
 * Splitting a channel at its budget resets and judging each segment against the budget and the recommended
 * margin. A segment through a passive cable is also split into host side + cable + far side, each judged
 * against the standard's cabled split (PCIe CEM / CopprLink): the sum decides pass or fail (the physics of
 * this one channel), a side over its allocation warns (the host is not interoperable with every compliant
 * cable), and the part with the least margin is named as the one that dominates.
 */
import type { CabledSplit } from '../catalog/index.js';
import type { CableFacts, ChannelElement } from './channel-items.js';
import type { BudgetSegment, ChannelPart, LossItem, Verdict } from './types.js';

/**
 * Tolerance for comparing dB figures (numerical noise, not a physical figure; 1e-6 dB is far below any
 * measurement): "exactly at budget" passes.
 */
export const DB_EPS = 1e-6;

/** Why a segment is not a plain pass: over budget, a cable beyond its rated reach, a side over its allocation. */
export type SegmentCause = 'loss' | 'reach' | 'split' | 'margin' | null;

export interface JudgedSegment {
  segment: BudgetSegment;
  verdict: Verdict;
  cause: SegmentCause;
  /** Passive cables in the segment (for messages and the derived reach). */
  cables: CableFacts[];
}

export function splitSegments(
  elements: readonly ChannelElement[],
  budgetDb: number | null,
  recommendedDb: number | null,
  split: CabledSplit | null = null,
): JudgedSegment[] {
  const out: JudgedSegment[] = [];
  let items: LossItem[] = [];
  let cables: CableFacts[] = [];
  let cableAt: number[] = [];
  const close = (endsAt: string) => {
    out.push(judge(items, cables, cableAt, budgetDb, recommendedDb, split, endsAt));
    items = [];
    cables = [];
    cableAt = [];
  };
  for (const e of elements) {
    if (e.type === 'reset') close(e.label);
    else {
      if (e.cable) {
        cables.push(e.cable);
        cableAt.push(items.length);
      }
      items.push(e.item);
    }
  }
  close('end');
  return out;
}

const sumDb = (items: readonly LossItem[]): number | null => {
  let s: number | null = 0;
  for (const it of items) s = s === null || it.lossDb === null ? null : s + it.lossDb;
  return s;
};

function part(
  name: ChannelPart['name'],
  items: readonly LossItem[],
  allocationDb: number,
  derivedReachM: number | null,
): ChannelPart {
  const lossDb = sumDb(items);
  return {
    name,
    lossDb,
    allocationDb,
    marginDb: lossDb === null ? null : allocationDb - lossDb,
    derivedReachM,
  };
}

/** Host side, cable(s) and far side of a segment through passive cables, against the cabled split. */
function cabledParts(
  items: readonly LossItem[],
  cables: readonly CableFacts[],
  cableAt: readonly number[],
  split: CabledSplit,
): ChannelPart[] {
  const first = cableAt[0]!;
  const last = cableAt[cableAt.length - 1]!;
  const c = cables[0]!;
  // Reach is derived from loss: the length at which the cable fills its allocation.
  const reach =
    cables.length === 1 && c.lossPerMDb !== null && c.lossPerMDb > 0
      ? Math.max(0, split.cableDb - c.connectorLossDb) / c.lossPerMDb
      : null;
  return [
    part('host side', items.slice(0, first), split.hostDb, null),
    part('cable', items.slice(first, last + 1), split.cableDb, reach),
    part('far side', items.slice(last + 1), split.hostDb, null),
  ];
}

function largestItem(items: readonly LossItem[]): string | null {
  let best: LossItem | null = null;
  for (const it of items) if (it.lossDb !== null && (!best || it.lossDb > best.lossDb!)) best = it;
  return best?.label ?? null;
}

function judge(
  items: LossItem[],
  cables: CableFacts[],
  cableAt: number[],
  budgetDb: number | null,
  recommendedDb: number | null,
  split: CabledSplit | null,
  endsAt: string,
): JudgedSegment {
  const lossDb = sumDb(items);
  const marginDb = lossDb !== null && budgetDb !== null ? budgetDb - lossDb : null;
  const parts = split && cables.length > 0 ? cabledParts(items, cables, cableAt, split) : null;
  let dominant = largestItem(items);
  if (parts) {
    let worst: ChannelPart | null = null;
    for (const p of parts) if (p.marginDb !== null && (!worst || p.marginDb < worst.marginDb!)) worst = p;
    if (worst) dominant = worst.name;
  }
  const segment: BudgetSegment = { items, lossDb, budgetDb, marginDb, endsAt, parts, dominant };
  const judged = (verdict: Verdict, cause: SegmentCause): JudgedSegment => ({
    segment,
    verdict,
    cause,
    cables,
  });
  const tooLong = cables.find((c) => c.lengthM > c.ratedReachM + DB_EPS);
  if (tooLong) {
    segment.dominant = `cable ${tooLong.id}`;
    return judged('fail', 'reach');
  }
  if (marginDb === null) return judged('unknown', null);
  if (marginDb < -DB_EPS) return judged('fail', 'loss');
  if (parts?.some((p) => p.marginDb !== null && p.marginDb < -DB_EPS)) return judged('warn', 'split');
  if (recommendedDb !== null && marginDb < recommendedDb - DB_EPS) return judged('warn', 'margin');
  return judged('pass', null);
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, unknown: 2, fail: 3 };
export const worstVerdict = (vs: readonly Verdict[]): Verdict =>
  vs.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');

/** The segment with the smallest margin (numeric ones only), or null. */
export function worstSegment(segs: readonly JudgedSegment[]): BudgetSegment | null {
  let worst: BudgetSegment | null = null;
  for (const { segment } of segs) {
    if (segment.marginDb === null) continue;
    if (!worst || segment.marginDb < (worst.marginDb ?? Infinity)) worst = segment;
  }
  return worst;
}

/** The largest segment loss, for links with no budget (the loss is still reported); null when none is known. */
export function largestLossDb(segs: readonly JudgedSegment[]): number | null {
  let max: number | null = null;
  for (const { segment } of segs)
    if (segment.lossDb !== null && (max === null || segment.lossDb > max)) max = segment.lossDb;
  return max;
}
