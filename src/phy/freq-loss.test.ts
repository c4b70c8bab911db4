import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lossAtFreq } from './freq-loss.js';

const megtron6 = [
  { freqGHz: 4, db: 0.17 },
  { freqGHz: 8, db: 0.28 },
  { freqGHz: 16, db: 0.47 },
  { freqGHz: 32, db: 0.83 },
];

describe('lossAtFreq (piecewise power law)', () => {
  it('returns characterised points exactly', () => {
    expect(lossAtFreq(megtron6, 16)).toEqual({ db: 0.47, extrapolated: false });
  });

  it('interpolates log-log between neighbours', () => {
    // k = ln(0.47/0.28)/ln(2) = 0.74722; 0.28 × 1.5^0.74722 = 0.37906
    const r = lossAtFreq(megtron6, 12);
    expect(r.db).toBeCloseTo(0.37906, 4);
    expect(r.extrapolated).toBe(false);
  });

  it('extrapolates with the nearest segment exponent and flags it', () => {
    // TI FR4 points 0.686 @8 and 1.289 @16: k = ln(1.289/0.686)/ln 2 = 0.90995; @32 → 1.289 × 2^0.90995 = 2.42204
    const r = lossAtFreq(
      [
        { freqGHz: 8, db: 0.686 },
        { freqGHz: 16, db: 1.289 },
      ],
      32,
    );
    expect(r.db).toBeCloseTo(2.42204, 4);
    expect(r.extrapolated).toBe(true);
  });

  it('scales a single point ∝ f', () => {
    expect(lossAtFreq([{ freqGHz: 16, db: 3.5 }], 8)).toEqual({ db: 1.75, extrapolated: true });
  });

  it('never decreases with frequency for increasing characterised points (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 64, noNaN: true }),
        fc.double({ min: 1, max: 64, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          return lossAtFreq(megtron6, lo).db <= lossAtFreq(megtron6, hi).db + 1e-12;
        },
      ),
    );
  });
});
