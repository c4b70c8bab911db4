/**
 * A collective on a real design: build the fabric, pick and place the ranks, and run the collective with the
 * calibrated software latency per latency-paying step (the small-message end of the efficiency-vs-size curve) in
 * the cost each candidate algorithm is compared by.
 */
import type { Catalog } from '../../catalog/index.js';
import { psFromUs, type Design, type DraftIssue } from '../../model/index.js';
import type * as perf from '../../perf/index.js';
import { calParam } from '../../perf/index.js';
import { runCollective, type CollectiveRequest, type CollectiveResult } from '../collective.js';
import type { LinkTier } from '../fabric.js';
import { selectRanks, type RankSpec } from '../ranks.js';
import { designFabric } from './design-fabric.js';
import { latencyKey } from './params.js';
import { placeRanks, type Placement } from './placement.js';

export interface DesignCollectiveRequest extends Omit<
  CollectiveRequest,
  'ranks' | 'orders' | 'nodeGroups' | 'catalog'
> {
  ranks?: RankSpec;
  profile?: perf.Profile;
  calibration?: perf.Calibration | null;
  trained?: perf.TrainedMap;
  /** The prepared path fabric of this design (built with `trained` and `calibration`); built here when absent. */
  fabric?: perf.Fabric | null;
}

export interface DesignCollectiveResult extends CollectiveResult {
  profile: perf.Profile;
  placement: Placement;
  /** Calibrated software latency per latency-paying step, µs (0 without one). */
  stepLatencyUs: number;
  latencyTier: LinkTier;
  fabricDescription: string;
  /** Link class (`nvlink.gen4`) and tier of every fabric link id, for explanations and calibration. */
  linkInfo: Map<string, { linkClass: string; tier: LinkTier }>;
}

export function runDesignCollective(
  design: Design,
  catalog: Catalog,
  req: DesignCollectiveRequest,
): DesignCollectiveResult {
  const df = designFabric(design, catalog, {
    profile: req.profile,
    calibration: req.calibration,
    trained: req.trained,
    fabric: req.fabric,
  });
  const ranks = selectRanks(df.fabric, req.ranks ?? 'all');
  const placement = placeRanks(df, ranks);
  // ranks on more than one host (even unevenly, where placement forms no node groups) pay the network's latency
  const latencyTier: LinkTier = new Set(ranks.map((r) => df.rankHost[r])).size > 1 ? 'scaleout' : 'scaleup';
  const stepLatencyUs =
    df.profile === 'calibrated' ? (calParam(req.calibration, latencyKey(latencyTier)) ?? 0) : 0;
  const r = runCollective(df.fabric, {
    ...req,
    ranks,
    orders: placement.orders,
    nodeGroups: placement.nodeGroups,
    catalog,
    stepLatencyPs: psFromUs(stepLatencyUs),
  });
  return {
    ...r,
    issues: [...df.issues, ...r.issues, ...legacyKeyIssues(req.calibration)],
    profile: df.profile,
    placement,
    stepLatencyUs,
    latencyTier,
    fabricDescription: df.fabric.description,
    linkInfo: new Map(
      df.fabric.links.map((l, i) => [l.id, { linkClass: df.linkClass[i]!, tier: l.tier }] as const),
    ),
  };
}

/** Keys of calibration files written before the latency became per step: read by nothing now, so say so. */
function legacyKeyIssues(cal: perf.Calibration | null | undefined): DraftIssue[] {
  return Object.keys(cal?.params ?? {})
    .filter((k) => k.startsWith('collective.latencyUs.'))
    .map((k) => ({
      severity: 'warning' as const,
      code: 'calibration-key-obsolete',
      message: `calibration key ${k} (software latency per collective) is no longer read: the model now charges ${k.replace('latencyUs', 'stepLatencyUs')} per latency-paying step`,
      hint: 'refit the calibration with rackwire calibrate (docs/collectives.md, Calibration)',
    }));
}
