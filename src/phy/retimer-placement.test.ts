import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ChannelElement } from './channel-items.js';
import { placeOnChannel, type RetimerCut } from './retimer-placement.js';

const fixed = (i: number, lossDb: number): ChannelElement => ({
  type: 'loss',
  item: { label: `fixed${i}`, segmentIndex: i, lossDb, lengthMm: 0, splittable: false, note: null },
});
const trace = (i: number, lengthMm: number, dbPerMm: number): ChannelElement => ({
  type: 'loss',
  item: {
    label: `trace${i}`,
    segmentIndex: i,
    lossDb: lengthMm * dbPerMm,
    lengthMm,
    splittable: true,
    note: null,
  },
});
const reset = (i: number): ChannelElement => ({ type: 'reset', label: `aec${i}`, segmentIndex: i });

/** Independent reference: segment losses when retimers sit at `cuts` (each adds `pkg` to both sides). */
function segmentLosses(
  elements: readonly ChannelElement[],
  cuts: readonly RetimerCut[],
  pkg: number,
): number[] {
  const segs = [0];
  const cut = () => {
    segs[segs.length - 1]! += pkg;
    segs.push(pkg);
  };
  for (const e of elements) {
    if (e.type === 'reset') {
      segs.push(0);
      continue;
    }
    const here = cuts.filter((c) => c.channelIndex === e.item.segmentIndex);
    for (let k = here.filter((c) => c.offsetMm === null).length; k > 0; k--) cut();
    const inner = here
      .filter((c) => c.offsetMm !== null)
      .map((c) => c.offsetMm!)
      .sort((a, b) => a - b);
    let done = 0;
    for (const off of inner) {
      segs[segs.length - 1]! += ((off - done) / e.item.lengthMm) * e.item.lossDb!;
      done = off;
      cut();
    }
    segs[segs.length - 1]! +=
      e.item.lengthMm > 0 ? ((e.item.lengthMm - done) / e.item.lengthMm) * e.item.lossDb! : e.item.lossDb!;
  }
  return segs;
}

/** Brute force over a grid: every boundary and `steps` points inside each trace, up to two cuts. */
function bruteForce(
  elements: readonly ChannelElement[],
  budget: number,
  maxAdd: number,
  pkg: number,
  steps: number,
) {
  const positions: RetimerCut[] = [];
  const losses = elements.filter((e) => e.type === 'loss');
  elements.forEach((e, n) => {
    if (e.type !== 'loss') return;
    const prev = elements[n - 1];
    if (prev && prev.type === 'loss')
      positions.push({ channelIndex: e.item.segmentIndex!, offsetMm: null, atMm: 0 });
    if (e.item.splittable)
      for (let s = 1; s < steps; s++)
        positions.push({
          channelIndex: e.item.segmentIndex!,
          offsetMm: (e.item.lengthMm * s) / steps,
          atMm: 0,
        });
  });
  const worst = (cuts: RetimerCut[]) => Math.max(...segmentLosses(elements, cuts, pkg));
  let best = { count: 0, worst: worst([]) };
  const consider = (count: number, w: number) => {
    const feas = (x: number) => x <= budget + 1e-6;
    if (
      (feas(w) && !feas(best.worst)) ||
      (feas(w) === feas(best.worst) &&
        (count < best.count ? feas(w) : count === best.count && w < best.worst)) ||
      (!feas(best.worst) && !feas(w) && w < best.worst)
    )
      best = { count, worst: w };
  };
  if (maxAdd >= 1) for (const a of positions) consider(1, worst([a]));
  if (maxAdd >= 2)
    for (let i = 0; i < positions.length; i++)
      for (let j = i; j < positions.length; j++) consider(2, worst([positions[i]!, positions[j]!]));
  return {
    ...best,
    maxStepDb: Math.max(
      0,
      ...losses.map((e) => (e.type === 'loss' && e.item.splittable ? e.item.lossDb! / steps : 0)),
    ),
  };
}

describe('placeOnChannel', () => {
  it('puts one retimer where the loss halves, inside a trace', () => {
    // package 9 | 400 mm at 0.05 dB/mm = 20 dB | AIC 9.5: total 38.5, half 19.25 → 10.25 dB = 205 mm into the trace
    const p = placeOnChannel([fixed(0, 9), trace(1, 400, 0.05), fixed(2, 9.5)], 36, 2)!;
    expect(p.count).toBe(1);
    expect(p.cuts[0]!.channelIndex).toBe(1);
    expect(p.cuts[0]!.offsetMm).toBeCloseTo(205, 6);
    expect(p.worstLossDb).toBeCloseTo(19.25, 9);
    expect(p.worstMarginDb).toBeCloseTo(16.75, 9);
  });

  it('uses no retimer when the channel passes', () => {
    expect(placeOnChannel([fixed(0, 30)], 36, 2)).toMatchObject({
      count: 0,
      feasible: true,
      worstLossDb: 30,
    });
  });

  it('two retimers: 3 × 30 dB of fixed items split at the boundaries', () => {
    const p = placeOnChannel([fixed(0, 30), fixed(1, 30), fixed(2, 30)], 36, 2)!;
    expect(p).toMatchObject({ count: 2, feasible: true, worstLossDb: 30 });
    expect(p.cuts.map((c) => c.channelIndex)).toEqual([1, 2]);
  });

  it('reports infeasible when two are not enough', () => {
    expect(placeOnChannel([fixed(0, 40), fixed(1, 40), fixed(2, 40)], 36, 2)).toMatchObject({
      feasible: false,
      count: 2,
    });
  });

  it('counts retimer package loss on both sides', () => {
    // 60 dB trace, pkg 2: one cut → max(a + 2, 60 − a + 2) = 32 at a = 30
    const p = placeOnChannel([trace(0, 600, 0.1)], 36, 1, 2)!;
    expect(p.worstLossDb).toBeCloseTo(32, 9);
  });

  const element = fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), db: fc.double({ min: 0, max: 25, noNaN: true }) }),
    fc.record({
      kind: fc.constant('trace' as const),
      mm: fc.double({ min: 10, max: 600, noNaN: true }),
      dbPerMm: fc.double({ min: 0.005, max: 0.08, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('reset' as const) }),
  );
  const channel = fc
    .array(element, { minLength: 1, maxLength: 6 })
    .map((list) =>
      list.map((e, i): ChannelElement =>
        e.kind === 'fixed' ? fixed(i, e.db) : e.kind === 'trace' ? trace(i, e.mm, e.dbPerMm) : reset(i),
      ),
    );

  it('matches a brute-force reference on small channels (count, and worst loss within the grid step)', () => {
    fc.assert(
      fc.property(
        channel,
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (els, maxAdd, pkg) => {
          const p = placeOnChannel(els, 36, maxAdd, pkg)!;
          const ref = bruteForce(els, 36, maxAdd, pkg, 40);
          // the solver's own cuts give the loss it claims
          expect(Math.max(...segmentLosses(els, p.cuts, pkg))).toBeCloseTo(p.worstLossDb, 6);
          if (p.feasible === ref.worst <= 36 + 1e-6) expect(p.count).toBeLessThanOrEqual(ref.count);
          if (ref.worst <= 36 + 1e-6) expect(p.feasible).toBe(true);
          if (p.count === ref.count) {
            expect(p.worstLossDb).toBeLessThanOrEqual(ref.worst + 1e-6);
            expect(p.worstLossDb).toBeGreaterThanOrEqual(ref.worst - 2 * ref.maxStepDb - 1e-6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
