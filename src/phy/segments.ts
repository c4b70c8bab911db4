/** Splitting a channel at its budget resets and judging each segment against the budget and the recommended margin. */
import type { ChannelElement } from './channel-items.js';
import type { BudgetSegment, Verdict } from './types.js';

/**
 * Tolerance for comparing dB figures (numerical noise, not a physical figure; 1e-6 dB is far below any
 * measurement): "exactly at budget" passes.
 */
export const DB_EPS = 1e-6;

export interface JudgedSegment {
  segment: BudgetSegment;
  verdict: Verdict;
  /** Set when the segment is judged by a cable's reach rating instead of a loss budget. */
  reachOnly: boolean;
}

export function splitSegments(
  elements: readonly ChannelElement[],
  budgetDb: number | null,
  recommendedDb: number | null,
): JudgedSegment[] {
  const out: JudgedSegment[] = [];
  let items: BudgetSegment['items'] = [];
  let reach: { lengthM: number; maxReachM: number }[] = [];
  const close = (endsAt: string) => {
    out.push(judge(items, reach, budgetDb, recommendedDb, endsAt));
    items = [];
    reach = [];
  };
  for (const e of elements) {
    if (e.type === 'reset') close(e.label);
    else {
      items.push(e.item);
      if (e.reach) reach.push(e.reach);
    }
  }
  close('end');
  return out;
}

function judge(
  items: BudgetSegment['items'],
  reach: { lengthM: number; maxReachM: number }[],
  budgetDb: number | null,
  recommendedDb: number | null,
  endsAt: string,
): JudgedSegment {
  let lossDb: number | null = 0;
  for (const it of items) lossDb = lossDb === null || it.lossDb === null ? null : lossDb + it.lossDb;
  const marginDb = lossDb !== null && budgetDb !== null ? budgetDb - lossDb : null;
  const segment: BudgetSegment = { items, lossDb, budgetDb, marginDb, endsAt };
  const reachOk = reach.every((r) => r.lengthM <= r.maxReachM + DB_EPS);
  if (!reachOk) return { segment, verdict: 'fail', reachOnly: marginDb === null };
  // Without a loss budget, a cable within its rated reach (which assumes compliant hosts) passes on reach alone.
  if (marginDb === null)
    return { segment, verdict: reach.length > 0 ? 'pass' : 'unknown', reachOnly: reach.length > 0 };
  if (marginDb < -DB_EPS) return { segment, verdict: 'fail', reachOnly: false };
  if (recommendedDb !== null && marginDb < recommendedDb - DB_EPS)
    return { segment, verdict: 'warn', reachOnly: false };
  return { segment, verdict: 'pass', reachOnly: false };
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
