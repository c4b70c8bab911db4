/**
 * Design → SimFabric: the simulator's view of a real design, built on the path layer's fabric (perf's
 * buildFabric: merged switch planes, per-profile capacities, tier-preferred routes). Adds what collectives
 * need on top: copies staged through host memory where P2P is off, NVLS links where the scale-up switch part
 * reduces in-network, node groups and rank placement (rail-aligned rings across nodes, disjoint rings on meshes).
 */
import type { Catalog } from '../../catalog/index.js';
import type { Design, DraftIssue } from '../../model/index.js';
import * as perf from '../../perf/index.js';
import type { LinkTier, SimFabric } from '../fabric.js';
import { LinkTable } from '../fabrics/links.js';
import { linkCapacity, nvlsEfficiency } from './capacity.js';
import { assignNics, nicRouter } from './nics.js';

export interface DesignFabricOptions {
  profile?: perf.Profile;
  calibration?: perf.Calibration | null;
  trained?: perf.TrainedMap;
  /** The path fabric already built from this design with the same trained links and calibration (api/prepareDesign). */
  fabric?: perf.Fabric | null;
}

export interface DesignFabric {
  fabric: SimFabric;
  profile: perf.Profile;
  /** Host (node-level container) of each fabric rank; null outside any node. */
  rankHost: (string | null)[];
  /** Fabric rank indices whose every pair is joined by one direct link (a mesh). */
  meshRanks: (ranks: number[]) => boolean;
  /** Link class (`nvlink.gen4`) of every SimFabric link, for reports and calibration. */
  linkClass: string[];
  issues: DraftIssue[];
}

const simTier = (t: perf.Tier): LinkTier => (t === perf.TIER.network ? 'scaleout' : 'scaleup');

export function designFabric(design: Design, catalog: Catalog, o: DesignFabricOptions = {}): DesignFabric {
  const cal = o.calibration ?? null;
  const profile = o.profile ?? perf.defaultProfile(cal);
  const f = o.fabric ?? perf.buildFabric(design, catalog, { calibration: cal, trained: o.trained });
  const issues: DraftIssue[] = [...f.issues];
  const ranks = perf.selectDevices(design, ['gpu']);
  const rankHost = ranks.map((id) => {
    const n = f.nodeOf(id);
    return n === undefined ? null : f.nodes[n]!.host;
  });
  const nicOf = assignNics(f, ranks, perf.selectDevices(design, ['nic']));
  const { staged, stagedNics } = hostStaging(f, ranks, rankHost, nicOf, profile);
  const stagedLinks = hostStagedLinks(f, staged, stagedNics);
  const table = new LinkTable();
  const linkClass: string[] = [];
  f.directedLinks.forEach((d, i) => {
    const c = linkCapacity(d, profile, cal, stagedLinks.has(i));
    // a forwarding node at the far end (switch, NIC) adds its pass-through latency to the hop into it
    const to = f.nodes[d.to]!;
    const nodeNs = to.forwards ? (to.latency?.latencyNs ?? 0) : 0;
    table.add(d.id, c.capacityGBps, d.latencyNs + nodeNs, simTier(d.tier));
    linkClass.push(c.linkClass);
  });
  const viaNics = nicRouter(f, nicOf);
  const routes = new Map<number, number[]>();
  const route = (s: number, t: number): number[] => {
    const key = s * ranks.length + t;
    let r = routes.get(key);
    if (!r) {
      const cross = rankHost[s] !== rankHost[t];
      r = staged.get(key) ?? (cross ? viaNics(ranks[s]!, ranks[t]!) : null) ?? f.route(ranks[s]!, ranks[t]!);
      routes.set(key, r);
    }
    return r;
  };
  const fabric: SimFabric = {
    links: table.links,
    ranks,
    route: (s, t) => route(s, t),
    paths: (s, t) => [route(s, t)],
    description: `${design.name}: ${ranks.length} accelerators, ${f.directedLinks.length} directed links (${profile} profile)`,
  };
  const nvls = nvlsLinks(f, ranks, table, linkClass, profile, cal, issues);
  if (nvls) fabric.inSwitchReduction = nvls;
  return {
    fabric,
    profile,
    rankHost,
    meshRanks: (rs) => rs.every((a) => rs.every((b) => a === b || route(a, b).length === 1)),
    linkClass,
    issues,
  };
}

/**
 * Host staging, host by host (the cost grows with the node size, not with the cluster): routes of same-host
 * accelerator pairs without P2P (up to the destination's socket, then down, as perf stages copies), and the
 * NICs serving an accelerator without GPUDirect RDMA (NCCL's GDR rule: NIC within PXB of the GPU, perf's
 * `p2p` of a GPU-NIC pair), whose traffic NCCL stages through host memory.
 */
function hostStaging(
  f: perf.Fabric,
  ranks: string[],
  rankHost: (string | null)[],
  nicOf: Map<string, string>,
  profile: perf.Profile,
): { staged: Map<number, number[]>; stagedNics: Set<string> } {
  const staged = new Map<number, number[]>();
  const stagedNics = new Set<string>();
  const hosts = new Map<string | null, number[]>();
  rankHost.forEach((h, i) => hosts.set(h, [...(hosts.get(h) ?? []), i]));
  for (const members of hosts.values()) {
    const ids = members.map((i) => ranks[i]!);
    const nics = [...new Set(ids.map((g) => nicOf.get(g)).filter((n) => n !== undefined))];
    const m = perf.pathMatrices(f, [...ids, ...nics], { profile });
    const cpu = new Map(perf.hostBandwidth(f, ids, profile).rows.map((r) => [r.device, r.cpu]));
    members.forEach((i, a) => {
      const nic = nicOf.get(ranks[i]!);
      if (nic !== undefined && m.p2p[a]?.[ids.length + nics.indexOf(nic)] === false) stagedNics.add(nic);
      members.forEach((j, b) => {
        const socket = cpu.get(ranks[j]!);
        if (i === j || m.p2p[a]?.[b] !== false || !socket) return;
        const up = f.route(ranks[i]!, socket);
        const down = f.route(socket, ranks[j]!);
        if (up.length > 0 && down.length > 0) staged.set(i * ranks.length + j, [...up, ...down]);
      });
    });
  }
  return { staged, stagedNics };
}

/** Directed links carrying host-staged traffic: those of staged routes, and the network links of staged NICs. */
function hostStagedLinks(
  f: perf.Fabric,
  staged: Map<number, number[]>,
  stagedNics: Set<string>,
): Set<number> {
  const out = new Set<number>([...staged.values()].flat());
  f.directedLinks.forEach((d, i) => {
    const ends = [f.nodes[d.from]!.id, f.nodes[d.to]!.id];
    if (d.tier === perf.TIER.network && ends.some((id) => stagedNics.has(id))) out.add(i);
  });
  return out;
}

/**
 * NVLS: every rank has a link into one node whose part reduces in-network (`inNetworkReduction`). The in-switch
 * traffic gets links of its own, the rank's up and down capacity times the NVLS efficiency (NVLS and the
 * ring never run at once, so separate links lose nothing).
 */
function nvlsLinks(
  f: perf.Fabric,
  ranks: string[],
  table: LinkTable,
  linkClass: string[],
  profile: perf.Profile,
  cal: perf.Calibration | null,
  issues: DraftIssue[],
): SimFabric['inSwitchReduction'] {
  const upLink: number[] = [];
  const downLink: number[] = [];
  const switchOf: number[] = [];
  for (const id of ranks) {
    const n = f.nodeOf(id)!;
    // Each rank's reducing switch: the lowest-index one it links to (per node on a planned multi-node design;
    // NVLS then runs where the collective's ranks share one, see collective.ts).
    const ups = f.out[n]!.filter(
      (l) => f.ix.part(f.nodes[f.directedLinks[l]!.to]!.id)?.inNetworkReduction === true,
    );
    if (ups.length === 0) return undefined;
    const up = ups.reduce((a, b) => (f.directedLinks[b]!.to < f.directedLinks[a]!.to ? b : a));
    const s = f.directedLinks[up]!.to;
    switchOf.push(s);
    const down = f.out[s]!.find((l) => f.directedLinks[l]!.to === n);
    if (down === undefined) return undefined;
    const eff = nvlsEfficiency(f, linkClass[up]!, profile, cal);
    if (eff.assumed && upLink.length === 0)
      issues.push({
        severity: 'warning',
        code: 'sim-nvls-efficiency-assumed',
        message: `in-switch reduction on ${f.nodes[s]!.id} (${linkClass[up]}): no NVLS efficiency known for this link class; 1 assumed (an estimate: NCCL's is 0.74-0.85 on NVLink)`,
        hint: 'fit collective.nvlsEfficiency with rackwire calibrate on an nccl-tests log of this machine',
      });
    for (const [l, into] of [
      [up, upLink],
      [down, downLink],
    ] as const) {
      const base = table.links[l]!;
      into.push(table.add(`${base.id}:nvls`, base.capacityGBps * eff.value, base.latencyNs, base.tier));
      linkClass.push(linkClass[l]!);
    }
  }
  return switchOf.length ? { upLink, downLink, switchOf } : undefined;
}
