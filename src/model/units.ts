/** Unit conversions: the only place where one unit becomes another (conventions §4). */

/** 1 inch = 25.4 mm exactly (international inch, 1959). */
export const MM_PER_INCH = 25.4;

export const mmFromInches = (inches: number): number => inches * MM_PER_INCH;
export const inchesFromMm = (mm: number): number => mm / MM_PER_INCH;
export const mmFromM = (m: number): number => m * 1000;
export const mFromMm = (mm: number): number => mm / 1000;

/** Simulation time is an integer number of picoseconds. */
export type Ps = number;
export const psFromNs = (ns: number): Ps => Math.round(ns * 1000);
export const psFromUs = (us: number): Ps => Math.round(us * 1_000_000);
export const nsFromPs = (ps: Ps): number => ps / 1000;
export const usFromPs = (ps: Ps): number => ps / 1_000_000;

/** Bits and bytes: 8 bits per byte; GB/s is 10^9 bytes/s, Gb/s is 10^9 bits/s. */
export const BITS_PER_BYTE = 8;
export const gbpsFromGBps = (gBps: number): number => gBps * BITS_PER_BYTE;
export const gBpsFromGbps = (gbps: number): number => gbps / BITS_PER_BYTE;
/** Bytes per picosecond from GB/s: 1 GB/s = 1e9 B / 1e12 ps = 1e-3 B/ps. */
export const bytesPerPsFromGBps = (gBps: number): number => gBps / 1000;

/** Binary size prefixes as nccl-tests uses them (K/M/G = 2^10/2^20/2^30). */
export const KIB = 1024;
export const MIB = 1024 * KIB;
export const GIB = 1024 * MIB;
