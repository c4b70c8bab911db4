/**
 * Calibration keys of the collective model (calibration file v1, `params` record) and their look-ups: link
 * efficiency per link class and generation with a per-tier fallback, NVLS efficiency, and a per-collective
 * software latency per tier (the small-message part of the efficiency-vs-size curve).
 */
import type { LinkTier } from '../fabric.js';

/** `collective.efficiency.nvlink.gen4`: measured busbw / busbw predicted on raw link rates, for that class. */
export const classEfficiencyKey = (linkClass: string): string => `collective.efficiency.${linkClass}`;
/** `collective.efficiency.scaleup|scaleout`: the median over the fitted classes of that tier (fallback). */
export const tierEfficiencyKey = (tier: LinkTier): string => `collective.efficiency.${tier}`;
/** In-switch reduction efficiency on top of the link efficiency (replaces NCCL's nvlsEfficiency). */
export const NVLS_EFFICIENCY_KEY = 'collective.nvlsEfficiency';
/** Software time per collective (µs) when the slowest path is of this tier. */
export const latencyKey = (tier: LinkTier): string => `collective.latencyUs.${tier}`;

/** Class of a link: protocol and generation (`nvlink.gen4`, `pcie.gen3`) or protocol alone. */
export const linkClassOf = (protocol: string, gen: number | null): string =>
  gen === null ? protocol : `${protocol}.gen${gen}`;
