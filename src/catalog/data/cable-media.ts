/** Propagation constants and twinax loss shared by the cable data files. */
import type { FreqPoint } from '../schema.js';

/** Fibre propagation ~5 ns/m (200 m/µs), ipspace.net [2nd]. */
export const FIBRE_NS_PER_M = 5;
export const fibreSrc = 'ipspace.net (fibre ~5 ns/m, 200 m/µs) [2nd]';
/**
 * Copper twinax propagation: no public source (standards-data §9). Assumes a velocity factor of about 0.7 c
 * for foamed-dielectric twinax: 1 / (0.7 × 0.2998 m/ns) ≈ 4.8 ns/m.
 */
export const COPPER_NS_PER_M = 4.8;
export const copperEstimate =
  'unsourced (standards-data §9): velocity factor ~0.7 c assumed for foamed twinax → ~4.8 ns/m';

/**
 * 26 AWG twinax, 5 m: 18-22 dB at 26.56 GBd NRZ (Nyquist 26.5625 / 2 = 13.28 GHz) and 26-32 dB at 53.125 GBd PAM4
 * (Nyquist 53.125 / 2 = 26.5625 GHz: exact, so 100G-per-lane links at 26.5625 GHz are inside the range), transceiver-db blog [2nd]. Per metre, range mid-points: 20 / 5 = 4.0 and 29 / 5 = 5.8.
 */
export const twinax26Awg: FreqPoint[] = [
  { freqGHz: 26.5625 / 2, db: 4.0 },
  { freqGHz: 53.125 / 2, db: 5.8 },
];
export const twinaxSrc =
  'transceiver-db blog: 26 AWG twinax 5 m = 18-22 dB @26.56 GBd, 26-32 dB @53.125 GBd; per metre = range mid-point / 5 [derived]';

/**
 * Both mated connectors of an internal PCIe harness at 16 GHz: NVIDIA BlueField-3 manual §11.2 measures the
 * Cabline CA-II Plus harness (connectors included) at 3.8 / 7.6 / 11.4 dB for 15 / 35 / 55 cm, a straight line of
 * 0.19 dB/cm with a 0.95 dB intercept (the length-independent part: the two connectors) [derived].
 */
export const HARNESS_CONNECTORS_DB = 0.95;
export const harnessSrc =
  'NVIDIA BlueField-3 DPU manual §11.2 (Cabline CA-II Plus harness at 16 GHz: 15 cm 3.8 dB, 35 cm 7.6 dB, 55 cm 11.4 dB, connectors on both sides included) → 0.19 dB/cm + 0.95 dB [derived]';
