/**
 * Optimal retimer placement on one channel: the fewest retimers that bring every budget segment inside the
 * budget, and among equal counts the positions with the best worst-segment margin (a minimax problem).
 *
 * Every segment has the same budget, so maximising the worst margin is minimising the largest segment loss.
 * Cuts go at item boundaries or anywhere along a PCB trace (loss ∝ length inside a trace). For one cut the
 * optimum puts half the loss on each side (clamped to where cuts are possible); for two cuts the largest
 * loss is convex in the first cut's loss once the second is placed optimally, so a ternary search per pair
 * of candidate intervals is exact to numerical precision. Fixed resets (retimed cables, present retimers)
 * split the channel into independent sub-channels, and retimers are distributed among them.
 */
import type { ChannelElement } from './channel-items.js';
import { DB_EPS } from './segments.js';
import type { LossItem } from './types.js';

/** Where a retimer goes: before channel segment `channelIndex`, or `offsetMm` into the trace at that index. */
export interface RetimerCut {
  channelIndex: number;
  offsetMm: number | null;
  /** Distance from the link's `from` end along traces and cables (mm). */
  atMm: number;
}

export interface RetimerPlacement {
  /** Retimers added. */
  count: number;
  cuts: RetimerCut[];
  /** Largest segment loss with the cuts (dB) and the worst margin against the budget. */
  worstLossDb: number;
  worstMarginDb: number;
  /** True when every segment fits the budget. */
  feasible: boolean;
}

/** Depth of the search: two retimers per link is the PCIe limit (Base Spec §4.3) and the most this solver tries. */
export const PLACEMENT_SEARCH_MAX = 2;

const TERNARY_ITERATIONS = 100;

interface Interval {
  lo: number;
  hi: number;
  /** Item index the interval lies in (splittable) or the boundary before it (point). */
  item: number;
  point: boolean;
}

interface Sub {
  items: LossItem[];
  /** Loss before each item; prefix[n] = total. */
  prefix: number[];
  intervals: Interval[];
  startMm: number;
}

interface SubSolution {
  lossDb: number;
  values: number[];
  intervals: Interval[];
}

function makeSub(items: LossItem[], startMm: number): Sub {
  const prefix = [0];
  for (const it of items) prefix.push(prefix[prefix.length - 1]! + (it.lossDb ?? 0));
  const intervals: Interval[] = [];
  items.forEach((it, j) => {
    if (j >= 1) intervals.push({ lo: prefix[j]!, hi: prefix[j]!, item: j, point: true });
    if (it.splittable && (it.lossDb ?? 0) > 0)
      intervals.push({ lo: prefix[j]!, hi: prefix[j + 1]!, item: j, point: false });
  });
  return { items, prefix, intervals, startMm };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function solveOne(sub: Sub, pkgDb: number): SubSolution | null {
  const total = sub.prefix[sub.items.length]!;
  let best: SubSolution | null = null;
  for (const iv of sub.intervals) {
    const a = clamp(total / 2, iv.lo, iv.hi);
    const v = Math.max(a, total - a) + pkgDb;
    if (!best || v < best.lossDb - DB_EPS) best = { lossDb: v, values: [a], intervals: [iv] };
  }
  return best;
}

function solveTwo(sub: Sub, pkgDb: number): SubSolution | null {
  const total = sub.prefix[sub.items.length]!;
  let best: SubSolution | null = null;
  const ivs = sub.intervals;
  for (let i = 0; i < ivs.length; i++) {
    for (let j = i; j < ivs.length; j++) {
      const I = ivs[i]!;
      const J = ivs[j]!;
      if (i === j && I.point) continue;
      const bFor = (a: number) => clamp((total + a - pkgDb) / 2, i === j ? a : J.lo, J.hi);
      const g = (a: number) => {
        const b = bFor(a);
        return Math.max(a + pkgDb, b - a + 2 * pkgDb, total - b + pkgDb);
      };
      let lo = I.lo;
      let hi = I.hi;
      for (let n = 0; n < TERNARY_ITERATIONS && hi - lo > 1e-12; n++) {
        const m1 = lo + (hi - lo) / 3;
        const m2 = hi - (hi - lo) / 3;
        if (g(m1) <= g(m2)) hi = m2;
        else lo = m1;
      }
      const a = (lo + hi) / 2;
      const v = g(a);
      if (!best || v < best.lossDb - DB_EPS) best = { lossDb: v, values: [a, bFor(a)], intervals: [I, J] };
    }
  }
  return best;
}

function cutOf(sub: Sub, iv: Interval, value: number): RetimerCut {
  const it = sub.items[iv.item]!;
  let atMm = sub.startMm;
  for (let j = 0; j < iv.item; j++) atMm += sub.items[j]!.lengthMm;
  if (iv.point) return { channelIndex: it.segmentIndex ?? 0, offsetMm: null, atMm };
  const frac = (value - iv.lo) / (iv.hi - iv.lo);
  const offsetMm = frac * it.lengthMm;
  return { channelIndex: it.segmentIndex ?? 0, offsetMm, atMm: atMm + offsetMm };
}

/** Splits elements at fixed resets into sub-channels; null when an item's loss is unknown. */
function subChannels(elements: readonly ChannelElement[]): Sub[] | null {
  const subs: Sub[] = [];
  let items: LossItem[] = [];
  let mm = 0;
  let start = 0;
  for (const e of elements) {
    if (e.type === 'reset') {
      subs.push(makeSub(items, start));
      items = [];
      start = mm;
      continue;
    }
    if (e.item.lossDb === null) return null;
    items.push(e.item);
    mm += e.item.lengthMm;
  }
  subs.push(makeSub(items, start));
  return subs;
}

/**
 * The fewest retimers (at most `maxAdd`) and their positions so every segment fits `budgetDb`; each added
 * retimer's package adds `retimerPackageDb` to both segments beside it. Null when a loss is unknown.
 */
export function placeOnChannel(
  elements: readonly ChannelElement[],
  budgetDb: number,
  maxAdd: number,
  retimerPackageDb = 0,
): RetimerPlacement | null {
  const subs = subChannels(elements);
  if (!subs) return null;
  const options = subs.map((sub) => {
    const total = sub.prefix[sub.items.length]!;
    const opts: (SubSolution | null)[] = [{ lossDb: total, values: [], intervals: [] }];
    if (maxAdd >= 1) opts.push(solveOne(sub, retimerPackageDb));
    if (maxAdd >= 2) opts.push(solveTwo(sub, retimerPackageDb));
    return opts;
  });
  let best: { ks: number[]; count: number; worst: number } | null = null;
  const visit = (s: number, ks: number[], count: number, worst: number) => {
    if (s === subs.length) {
      const feasible = worst <= budgetDb + DB_EPS;
      const bestFeasible = best !== null && best.worst <= budgetDb + DB_EPS;
      const better =
        !best ||
        (feasible && !bestFeasible) ||
        (feasible &&
          bestFeasible &&
          (count < best.count || (count === best.count && worst < best.worst - DB_EPS))) ||
        (!feasible && !bestFeasible && worst < best.worst - DB_EPS);
      if (better) best = { ks: [...ks], count, worst };
      return;
    }
    options[s]!.forEach((opt, k) => {
      if (!opt || count + k > maxAdd) return;
      visit(s + 1, [...ks, k], count + k, Math.max(worst, opt.lossDb));
    });
  };
  visit(0, [], 0, -Infinity);
  const chosen = best as { ks: number[]; count: number; worst: number } | null;
  if (!chosen) return null;
  const cuts: RetimerCut[] = [];
  chosen.ks.forEach((k, s) => {
    const sol = options[s]![k]!;
    sol.intervals.forEach((iv, n) => cuts.push(cutOf(subs[s]!, iv, sol.values[n]!)));
  });
  return {
    count: chosen.count,
    cuts,
    worstLossDb: chosen.worst,
    worstMarginDb: budgetDb - chosen.worst,
    feasible: chosen.worst <= budgetDb + DB_EPS,
  };
}
