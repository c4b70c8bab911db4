/**
 * Per-link capacity the collective model uses, by profile: the path fabric's figure for raw, nccl and calibrated
 * (one meaning of "calibrated", perf/calibration.ts calibratedGBps, computed once per link in buildFabric); a
 * link carrying host-staged traffic gets the same rule applied to its host-staged class.
 * NVLS efficiency: calibrated, else NCCL's nvlsEfficiency for the NVLink generation's GPU architecture.
 */
import { findGuidance } from '../../catalog/index.js';
import * as perf from '../../perf/index.js';
import { NVLS_EFFICIENCY_KEY } from './params.js';

/**
 * NCCL indexes nvlsEfficiency by compute capability (tuning.cc); NVLink 4 ships with Hopper (sm90) and
 * NVLink 5 with Blackwell (sm100) (NVIDIA NVLink page: fourth generation H100, fifth generation Blackwell).
 */
const NVLS_ARCH_BY_NVLINK_GEN: Record<number, string> = { 4: 'hopper', 5: 'blackwell' };

export interface LinkCapacity {
  capacityGBps: number;
  linkClass: string;
}

export function linkCapacity(
  d: perf.DirectedLink,
  profile: perf.Profile,
  cal: perf.Calibration | null,
  /** The link carries traffic staged through host memory (see HOST_STAGED). */
  hostStaged = false,
): LinkCapacity {
  const linkClass = perf.linkClassOf(d.protocol, d.gen, hostStaged);
  const v = d.capacityGBps;
  if (profile !== 'calibrated' || !hostStaged) return { capacityGBps: perf.pick(v, profile) ?? 0, linkClass };
  const tier = perf.calibrationTier(d.tier);
  const link = { rawGBps: v.raw, ncclGBps: v.nccl, protocol: d.protocol, gen: d.gen, tier, hostStaged };
  const staged = { ...v, calibrated: perf.calibratedGBps(link, cal) };
  return { capacityGBps: perf.pick(staged, profile) ?? 0, linkClass };
}

/** NVLS efficiency on top of the link capacity; `assumed` when no figure exists and 1 stands in. */
export function nvlsEfficiency(
  f: perf.Fabric,
  linkClass: string,
  profile: perf.Profile,
  cal: perf.Calibration | null,
): { value: number; assumed: boolean } {
  if (profile === 'raw') return { value: 1, assumed: false };
  const fitted = profile === 'calibrated' ? perf.calParam(cal, NVLS_EFFICIENCY_KEY) : null;
  if (fitted !== null) return { value: fitted, assumed: false };
  const gen = Number(/gen(\d+)$/.exec(linkClass)?.[1]);
  const arch = NVLS_ARCH_BY_NVLINK_GEN[gen];
  const nccl = arch ? findGuidance(f.ix.catalog, `nccl-nvls-efficiency-${arch}`) : undefined;
  return nccl === undefined ? { value: 1, assumed: true } : { value: nccl, assumed: false };
}
