/**
 * Calibration keys only the collective model reads (calibration file v1, `params` record): NVLS efficiency and
 * the software latency per step and tier (the small-message part of the efficiency-vs-size curve). Link
 * efficiency keys and link classes are perf's (perf/calibration.ts), which computes the calibrated capacity.
 */
import type { LinkTier } from '../fabric.js';

/** In-switch reduction efficiency on top of the link efficiency (replaces NCCL's nvlsEfficiency). */
export const NVLS_EFFICIENCY_KEY = 'collective.nvlsEfficiency';
/**
 * Software time per latency-paying step (µs) of a collective whose ranks span this tier (`scaleout`: more than
 * one node). Per step, as NCCL's own tuning model charges latency (tuning.cc: "inter-node rings still have to
 * launch nsteps * net overhead"), so a fit on 2 ranks carries to 16.
 */
export const latencyKey = (tier: LinkTier): string => `collective.stepLatencyUs.${tier}`;
