import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaxMinWorkspace, solveMaxMin, solveMaxMinReference, type MaxMinFlow } from './maxmin.js';

describe('max-min fair rates', () => {
  it('textbook case: two flows share link 0 (cap 10), one also crosses link 1 (cap 2)', () => {
    // flow B is limited to 2 by link 1; flow A gets the rest of link 0: 10 - 2 = 8
    const flows: MaxMinFlow[] = [
      { links: [0], weight: 1 },
      { links: [0, 1], weight: 1 },
    ];
    expect(Array.from(solveMaxMin(flows, [10, 2], new MaxMinWorkspace(2)))).toEqual([8, 2]);
  });

  it('a flow of weight 3 gets three shares: link cap 8 shared by weights 1 and 3 -> 2 and 6', () => {
    const flows: MaxMinFlow[] = [
      { links: [0], weight: 1 },
      { links: [0], weight: 3 },
    ];
    expect(Array.from(solveMaxMin(flows, [8], new MaxMinWorkspace(1)))).toEqual([2, 6]);
  });

  it('a sprayed flow uses 1/2 of its rate on each of two paths', () => {
    // A: link 0 (usage 1) and links 1, 2 (usage 0.5); B: link 1 only. Caps 100, 10, 100.
    // Link 1 fills first: 10 / (0.5 + 1) = 6.667 per flow; A puts 3.333 on link 1, B 6.667: total 10.
    const flows: MaxMinFlow[] = [
      { links: [0, 1, 2], weight: 1, usage: [1, 0.5, 0.5] },
      { links: [1], weight: 1 },
    ];
    const r = solveMaxMin(flows, [100, 10, 100], new MaxMinWorkspace(3));
    expect(r[0]).toBeCloseTo(10 / 1.5, 9);
    expect(r[1]).toBeCloseTo(10 / 1.5, 9);
    const ref = solveMaxMinReference(flows, [100, 10, 100]);
    expect(ref[0]).toBeCloseTo(r[0]!, 9);
  });

  it('equals the slow reference on random scenarios', () => {
    const scenario = fc.record({
      caps: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
      flows: fc.array(
        fc.record({
          links: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 4 }),
          weight: fc.integer({ min: 1, max: 3 }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(scenario, ({ caps, flows }) => {
        const fl = flows.map((f) => ({ links: f.links.map((l) => l % caps.length), weight: f.weight }));
        const dedup = fl.map((f, i): MaxMinFlow & { links: number[] } => {
          const links = [...new Set(f.links)];
          // every third flow is sprayed: usage 1/2 on each of its links
          return i % 3 === 2 ? { ...f, links, usage: links.map(() => 0.5) } : { ...f, links };
        });
        const fast = solveMaxMin(dedup, caps, new MaxMinWorkspace(caps.length));
        const slow = solveMaxMinReference(dedup, caps);
        dedup.forEach((_, i) => expect(fast[i]).toBeCloseTo(slow[i]!, 9));
        // feasibility: no link over capacity
        caps.forEach((cap, l) => {
          const load = dedup.reduce((s, f, i) => {
            const k = f.links.indexOf(l);
            return s + (k >= 0 ? fast[i]! * (f.usage?.[k] ?? 1) : 0);
          }, 0);
          expect(load).toBeLessThanOrEqual(cap * (1 + 1e-9));
        });
      }),
      { numRuns: 300 },
    );
  });
});
