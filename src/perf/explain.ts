/** A path hop by hop: each hop's bandwidth per profile, its rate factors and latency, with sources. */
import { NotFoundError, type DraftIssue } from '../model/index.js';
import { pathTo, reverseLink, type Fabric } from './fabric.js';
import type { LatencyItem } from './latency.js';
import type { RateFactor } from './link-rate.js';
import { deviceInfos } from './matrices.js';
import { analyzePair, type P2pPolicy, type PairResult } from './pair.js';
import { pick, PROFILES, type Profile, type ProfileGBps } from './profile.js';

export interface ExplainHop {
  from: string;
  to: string;
  protocol: string;
  linkIds: string[];
  capacityGBps: ProfileGBps;
  factors: RateFactor[];
  /** Link latency items, then the latency of passing through `to` when it is not the destination. */
  latency: LatencyItem[];
  isBottleneck: boolean;
}

export interface PathExplanation {
  src: string;
  dst: string;
  profile: Profile;
  class: string;
  p2p: boolean;
  p2pReason: string;
  staged: boolean;
  bwGBps: number | null;
  hwLatencyNs: number | null;
  hops: ExplainHop[];
  /**
   * The other paths the pair has, each explained the same way: today the path left when the scale-up links
   * (NVLink, xGMI, UALink) are set aside, i.e. the PCIe path a pair with both would fall back to.
   */
  alternatives: PathExplanation[];
  issues: DraftIssue[];
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function explainPath(
  f: Fabric,
  src: string,
  dst: string,
  profile: Profile,
  policy: P2pPolicy = {},
): PathExplanation {
  const issues: DraftIssue[] = [];
  const [a, b] = deviceInfos(f, [src, dst], issues);
  if (!a || !b) throw new NotFoundError(`unknown device: ${!a ? src : dst}`, 'perf-unknown-device');
  const t = f.tree(a.node);
  const r: PairResult = analyzePair(f, t, a, b, policy);
  const k = PROFILES.indexOf(profile);
  // A staged copy goes up to the destination's socket, then down its host path (the reverse of its up links).
  const down = (l: number) => reverseLink(f, l) ?? l;
  const links =
    r.staged && b.host
      ? [...pathTo(t, b.host.cpuNode), ...[...b.host.up].reverse().map(down)]
      : pathTo(t, b.node);
  const hops = links.map((l, i): ExplainHop => {
    const d = f.directedLinks[l]!;
    const to = f.nodes[d.to]!;
    const latency = [...d.latency];
    if (i < links.length - 1 && to.latency) latency.push(to.latency);
    return {
      from: f.nodes[d.from]!.id,
      to: to.id,
      protocol: d.protocol,
      linkIds: d.linkIds,
      capacityGBps: d.capacityGBps,
      factors: d.factors,
      latency,
      isBottleneck: false,
    };
  });
  let worst = -1;
  hops.forEach((h, i) => {
    const c = pick(h.capacityGBps, profile) ?? Infinity;
    if (worst < 0 || c < (pick(hops[worst]!.capacityGBps, profile) ?? Infinity)) worst = i;
  });
  if (worst >= 0) hops[worst]!.isBottleneck = true;
  return {
    src,
    dst,
    profile,
    class: r.class,
    p2p: r.p2p,
    p2pReason: r.p2pReason,
    staged: r.staged,
    bwGBps: num(r.bw[k]!),
    hwLatencyNs: num(r.hwLatencyNs),
    hops,
    alternatives: [],
    issues,
  };
}
