/**
 * Per-link capacity the collective model uses, by profile: raw spec arithmetic, NCCL's effective figure, or
 * raw x the calibrated efficiency of the link's class (or of its generation-free family when host-staged),
 * falling back to NCCL's figure, then to the tier's fit.
 * NVLS efficiency: calibrated, else NCCL's nvlsEfficiency for the NVLink generation's GPU architecture.
 */
import { findGuidance } from '../../catalog/index.js';
import type { Link } from '../../model/index.js';
import * as perf from '../../perf/index.js';
import { simCatalog } from '../protocol.js';
import {
  classEfficiencyKey,
  classFamily,
  linkClassOf,
  NVLS_EFFICIENCY_KEY,
  tierEfficiencyKey,
} from './params.js';

/**
 * NCCL indexes nvlsEfficiency by compute capability (tuning.cc); NVLink 4 ships with Hopper (sm90) and
 * NVLink 5 with Blackwell (sm100) (NVIDIA NVLink page: fourth generation H100, fifth generation Blackwell).
 */
const NVLS_ARCH_BY_NVLINK_GEN: Record<number, string> = { 4: 'hopper', 5: 'blackwell' };

export interface LinkCapacity {
  capacityGBps: number;
  linkClass: string;
}

/** Design links by id, per fabric (built once). */
const linksById = new WeakMap<perf.Fabric, Map<string, Link>>();

export function linkCapacity(
  f: perf.Fabric,
  d: perf.DirectedLink,
  profile: perf.Profile,
  cal: perf.Calibration | null,
  trained: perf.TrainedMap | undefined,
  /** The link carries traffic staged through host memory (see HOST_STAGED). */
  hostStaged = false,
): LinkCapacity {
  let byId = linksById.get(f);
  if (!byId) linksById.set(f, (byId = new Map(f.ix.design.links.map((l) => [l.id, l]))));
  const link = byId.get(d.linkId);
  const gen = link ? perf.linkRunState(f.ix, link, trained).gen : null;
  const linkClass = linkClassOf(d.protocol, gen, hostStaged);
  const v = d.capacityGBps;
  const tier = d.tier === perf.TIER.network ? 'scaleout' : 'scaleup';
  if (profile !== 'calibrated' || v.raw === null)
    return { capacityGBps: perf.pick(v, profile) ?? 0, linkClass };
  // the class's own fit (or its family's, for host-staged classes); else NCCL's figure (an expert prior for that
  // very link); else the tier's median fit
  const family = classFamily(linkClass);
  const own =
    perf.calParam(cal, classEfficiencyKey(linkClass)) ??
    (family === null ? null : perf.calParam(cal, classEfficiencyKey(family)));
  if (own !== null) return { capacityGBps: v.raw * own, linkClass };
  if (v.nccl !== null) return { capacityGBps: v.nccl, linkClass };
  const tierEff = perf.calParam(cal, tierEfficiencyKey(tier));
  const capacityGBps = tierEff !== null ? v.raw * tierEff : v.raw;
  return { capacityGBps, linkClass };
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
  const nccl = arch ? findGuidance(simCatalog(f.ix.catalog), `nccl-nvls-efficiency-${arch}`) : undefined;
  return nccl === undefined ? { value: 1, assumed: true } : { value: nccl, assumed: false };
}
