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
/**
 * Software time per latency-paying step (µs) of a collective whose ranks span this tier (`scaleout`: more than
 * one node). Per step, as NCCL's own tuning model charges latency (tuning.cc: "inter-node rings still have to
 * launch nsteps * net overhead"), so a fit on 2 ranks carries to 16.
 */
export const latencyKey = (tier: LinkTier): string => `collective.stepLatencyUs.${tier}`;

/**
 * Suffix of the class of a link whose traffic is staged through host memory: NCCL's SHM transport between GPUs
 * without P2P, or the network link of a NIC whose GPUs have no GPUDirect RDMA (NCCL `GDR 0`: the GPU copies to a
 * host buffer the NIC reads). Such links deliver a different share of their rate than direct ones.
 */
export const HOST_STAGED = 'host-staged';

/** Class of a link: protocol and generation (`nvlink.gen4`, `pcie.gen3`) or protocol alone, plus the staging. */
export const linkClassOf = (protocol: string, gen: number | null, hostStaged = false): string =>
  [protocol, gen === null ? null : `gen${gen}`, hostStaged ? HOST_STAGED : null]
    .filter((p) => p !== null)
    .join('.');

/**
 * A host-staged class without its generation (`pcie.host-staged` for `pcie.gen4.host-staged`), fitted as well so
 * one generation's measurement informs another's. Direct classes have none: NCCL's per-generation figure is the
 * better prior for a generation nobody measured.
 */
export const classFamily = (linkClass: string): string | null =>
  linkClass.endsWith(`.${HOST_STAGED}`) && /\.gen\d+\./.test(linkClass)
    ? linkClass.replace(/\.gen\d+\./, '.')
    : null;
