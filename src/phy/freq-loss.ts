/**
 * Loss at a frequency from a few characterised points.
 *
 * Model: piecewise power law, i.e. linear interpolation of log(loss) against log(f) between the two
 * nearest characterised points. A power law fits both loss mechanisms of a PCB trace: conductor
 * (skin-effect) loss grows as √f and dielectric loss as f, so between points the local exponent lies in
 * [0.5, 1] (standards-data §2.1: loss ≈ 2.3·f·Df·√Dk + 0.05·√f). Valid inside the characterised range;
 * outside it the nearest segment's exponent is extended and the result is flagged `extrapolated`.
 * A single point is scaled ∝ f (dielectric-dominated, the conservative choice above the point).
 */
import type { FreqPoint } from '../catalog/index.js';

export interface LossAtFreq {
  db: number;
  /** The frequency lies outside the characterised points (or only one point exists and f differs). */
  extrapolated: boolean;
}

/** Exponent used when only one point is known: loss ∝ f (dielectric loss, standards-data §2.1). */
const SINGLE_POINT_EXPONENT = 1;

/** Relative tolerance for "the same frequency" (floating-point noise, not a physical figure). */
const FREQ_REL_EPS = 1e-9;

const powerLaw = (a: FreqPoint, b: FreqPoint, freqGHz: number): number => {
  // Non-positive values (a zero-loss point) cannot be interpolated in log space: fall back to linear.
  if (a.db <= 0 || b.db <= 0) return a.db + ((b.db - a.db) * (freqGHz - a.freqGHz)) / (b.freqGHz - a.freqGHz);
  const k = Math.log(b.db / a.db) / Math.log(b.freqGHz / a.freqGHz);
  return a.db * Math.pow(freqGHz / a.freqGHz, k);
};

/** Loss (dB) at `freqGHz` from `points` (any order, at least one). */
export function lossAtFreq(points: readonly FreqPoint[], freqGHz: number): LossAtFreq {
  const sorted = [...points].sort((p, q) => p.freqGHz - q.freqGHz);
  const first = sorted[0];
  if (!first) return { db: 0, extrapolated: true };
  const near = (p: FreqPoint) => Math.abs(p.freqGHz - freqGHz) <= FREQ_REL_EPS * freqGHz;
  const exact = sorted.find(near);
  if (exact) return { db: exact.db, extrapolated: false };
  const second = sorted[1];
  if (!second)
    return { db: first.db * Math.pow(freqGHz / first.freqGHz, SINGLE_POINT_EXPONENT), extrapolated: true };
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (freqGHz > a.freqGHz && freqGHz < b.freqGHz)
      return { db: powerLaw(a, b, freqGHz), extrapolated: false };
  }
  const last = sorted[sorted.length - 1]!;
  const beforeLast = sorted[sorted.length - 2]!;
  return freqGHz < first.freqGHz
    ? { db: powerLaw(first, second, freqGHz), extrapolated: true }
    : { db: powerLaw(beforeLast, last, freqGHz), extrapolated: true };
}
