/**
 * How the models read a calibration (model/calibration.ts): parameter keys, look-ups, and the one meaning of a
 * link's `calibrated` capacity, which the path fabric computes once per link and the collective model reads.
 */
import type { Calibration, Protocol } from '../model/index.js';

export type { Calibration, CalibrationParam } from '../model/index.js';

export type TransferMode = 'p2p' | 'h2d' | 'd2h';

/** `efficiency.pcie.p2p`: measured / raw copy bandwidth of a protocol's links (path fit, src/calibrate/fit-paths). */
export const efficiencyKey = (protocol: Protocol, mode: TransferMode): string =>
  `efficiency.${protocol === 'cxl' ? 'pcie' : protocol}.${mode}`;

export const calParam = (cal: Calibration | null | undefined, key: string): number | null =>
  cal?.params[key]?.value ?? null;

/** The tier a collective calibration fits separately: inside a node or across the network (see calibrationTier). */
export type CalibrationTier = 'scaleup' | 'scaleout';

/** `collective.efficiency.nvlink.gen4`: measured busbw / busbw predicted on raw link rates, for that class. */
export const classEfficiencyKey = (linkClass: string): string => `collective.efficiency.${linkClass}`;
/** `collective.efficiency.scaleup|scaleout`: the median over the fitted classes of that tier (fallback). */
export const tierEfficiencyKey = (tier: CalibrationTier): string => `collective.efficiency.${tier}`;

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

/** A link as the calibrated capacity rule sees it. */
export interface CalibratedLink {
  /** Raw (spec arithmetic) and NCCL capacity, GB/s per direction. */
  rawGBps: number | null;
  ncclGBps: number | null;
  protocol: Protocol;
  /** Generation the link trained at (null: unknown). */
  gen: number | null;
  tier: CalibrationTier;
  /** Its traffic is staged through host memory (see HOST_STAGED). */
  hostStaged?: boolean;
}

/**
 * The one meaning of a link's calibrated capacity (GB/s), null where no fit applies so that `pick` falls back to
 * NCCL's figure, then raw. Raw x the first fitted efficiency of: the link's class (`collective.efficiency.nvlink.gen4`),
 * its generation-free family when host-staged, the protocol's path fit (`efficiency.pcie.p2p`, direct links
 * only: a copy between peers). Without one, NCCL's figure stands (an expert prior for that very link), and only
 * where NCCL has none, raw x the tier's median fit.
 */
export function calibratedGBps(l: CalibratedLink, cal: Calibration | null): number | null {
  if (cal === null || l.rawGBps === null) return null;
  const linkClass = linkClassOf(l.protocol, l.gen, l.hostStaged);
  const family = classFamily(linkClass);
  const own =
    calParam(cal, classEfficiencyKey(linkClass)) ??
    (family === null ? null : calParam(cal, classEfficiencyKey(family))) ??
    (l.hostStaged ? null : calParam(cal, efficiencyKey(l.protocol, 'p2p')));
  if (own !== null) return l.rawGBps * own;
  if (l.ncclGBps !== null) return null;
  const tierEff = calParam(cal, tierEfficiencyKey(l.tier));
  return tierEff === null ? null : l.rawGBps * tierEff;
}
