/** Cable lengths of the floor-plan model, by hand from the catalog guidance. */
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/catalog/index.js';
import { cableLengthMm, floorFigures } from '../../src/plan/index.js';

const f = floorFigures(builtinCatalog()).figures!;

describe('cableLengthMm', () => {
  it('between racks: both drops, tray rise twice, the run along and across rows, slack, rounded up', () => {
    // node 2 of an 8 U server (2.5 × 8 × 44.45 = 889 mm) to switch 3 of 1 U (3.5 × 44.45 = 155.575 mm),
    // two racks apart (2 × 600) in the same row: 889 + 155.575 + 2 × 300 + 1200 + 500 = 3,344.6 → 3,500 mm
    const a = { row: 0, slot: 2, depthMm: 889 };
    const b = { row: 0, slot: 0, depthMm: 155.575 };
    expect(cableLengthMm(f, a, b)).toBe(3500);
    // one row further: + 2,400 mm → 5,744.6 → 6,000 mm
    expect(cableLengthMm(f, a, { ...b, row: 1 })).toBe(6000);
  });

  it('inside one rack: only the height difference and the slack', () => {
    // |1000 − 100| + 500 = 1,400 → 1,500 mm
    expect(cableLengthMm(f, { row: 3, slot: 1, depthMm: 1000 }, { row: 3, slot: 1, depthMm: 100 })).toBe(
      1500,
    );
  });
});
