/**
 * The prepared routing graph: one node per component (parallel switch planes merged), one directed link per
 * bundle of parallel links and direction, with per-profile capacity and latency. Built once per design;
 * `route` walks per-source trees (route-tree.ts). Documented for flow simulators in docs/paths.md.
 */
import {
  kindTraits,
  portKey,
  type DraftIssue,
  type Link,
  type PortRef,
  type Protocol,
} from '../model/index.js';
import type { Catalog } from '../catalog/index.js';
import { calibratedGBps } from './calibration.js';
import { optionalFigure } from './figures.js';
import { linkLatency, nodeLatency, socketHopLatency } from './latency.js';
import { linkRate } from './link-rate.js';
import { buildRouteTree } from './route-tree.js';
import type { RouteTree } from './fabric-types.js';
import { indexDesign, linkRunState, type DesignIndex } from './state.js';
import { hostOf, mergedPlanes } from './topology.js';
import { foldRepeated, type Design } from '../model/index.js';

import {
  calibrationTier,
  TIER,
  type DirectedLink,
  type Fabric,
  type FabricNode,
  type FabricOptions,
  type Tier,
} from './fabric-types.js';

export {
  calibrationTier,
  TIER,
  type DirectedLink,
  type Fabric,
  type FabricNode,
  type FabricOptions,
  type Tier,
} from './fabric-types.js';

/** A part declared to serve the scale-up fabric (props.domain), e.g. a Tomahawk-Ultra-class Ethernet switch. */
const scaleUpPart = (ix: DesignIndex, id: string): boolean => ix.part(id)?.props?.['domain'] === 'scale-up';

function linkTier(ix: DesignIndex, protocol: Protocol, a: string, b: string): Tier {
  if (protocol === 'ethernet' || protocol === 'infiniband')
    return scaleUpPart(ix, a) || scaleUpPart(ix, b) ? TIER.scaleUp : TIER.network;
  const rc = (id: string) => kindTraits(ix.component.get(id)!.kind).pcieRole === 'root-complex';
  if (rc(a) && rc(b)) return TIER.socket;
  if (protocol === 'pcie' || protocol === 'cxl') return TIER.pcie;
  // A chip-to-chip link into a CPU (NVLink-C2C from a GB200's B200 to its Grace) is the device's host link,
  // not scale-up fabric: GPU peers keep talking over NVLink (nvidia-smi shows NV18 on GB200, not C2C).
  if (rc(a) || rc(b)) return TIER.pcie;
  return TIER.scaleUp;
}

const add = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

interface NodeMaps {
  nodes: FabricNode[];
  /** Component id → node (the first partition's node for a partitioned switch). */
  nodeOfMap: Map<string, number>;
  /** `component.port` → node, for ports of partitioned switches (one node per virtual switch). */
  portNode: Map<string, number>;
}

function makeNodes(ix: DesignIndex): NodeMaps {
  const groups = mergedPlanes(ix.design);
  const nodes: FabricNode[] = [];
  const nodeOfMap = new Map<string, number>();
  const portNode = new Map<string, number>();
  for (const c of ix.design.components) {
    const t = kindTraits(c.kind);
    if (t.inChannel || nodeOfMap.has(c.id)) continue;
    const members = groups.get(c.id) ?? [c.id];
    const vendor = ix.part(c.id)?.vendor ?? '';
    // NCCL charges P2P through Intel CPUs 1.2x (INTEL_P2P_OVERHEAD): it keys on the CPU vendor, as we do.
    const charge =
      t.pcieRole === 'root-complex' && /intel/i.test(vendor)
        ? (optionalFigure(ix.catalog, 'nccl-intel-p2p-overhead')?.value ?? 1)
        : 1;
    // Partitions of a switch are separate virtual switches: traffic cannot cross between them inside it.
    const partitions = [...new Set(c.ports.map((p) => p.partition).filter((p): p is string => p !== null))];
    const names = partitions.length > 1 ? partitions.map((p) => `${c.id}#${p}`) : [c.id];
    for (const [k, name] of names.entries()) {
      const index = nodes.length;
      nodes.push({
        index,
        id: name,
        members,
        kind: c.kind,
        host: hostOf(ix.design, c.container),
        forwards: t.forwardsTraffic || t.isNetworkEndpoint,
        latency: nodeLatency(ix, c.id),
        ncclP2pCharge: charge,
        scaleUpLinks: 0,
      });
      if (k === 0) for (const m of members) nodeOfMap.set(m, index);
      if (partitions.length > 1)
        for (const p of c.ports) if (p.partition === partitions[k]) portNode.set(`${c.id}.${p.name}`, index);
    }
  }
  return { nodes, nodeOfMap, portNode };
}

/** Builds the fabric of `design`: call once, then route or compute matrices. */
export function buildFabric(design: Design, catalog: Catalog, opts: FabricOptions = {}): Fabric {
  const ix = indexDesign(design, catalog);
  const cal = opts.calibration ?? null;
  const issues: DraftIssue[] = [];
  const maps = makeNodes(ix);
  const { nodes, nodeOfMap, portNode } = maps;
  const endNode = (r: PortRef) => portNode.get(portKey(r)) ?? nodeOfMap.get(r.component);
  const directedLinks = bundleLinks(ix, maps, endNode, cal, opts, issues);
  const out: number[][] = nodes.map(() => []);
  directedLinks.forEach((d, i) => {
    d.index = i;
    // the one meaning of "calibrated" (perf/calibration.ts), computed once here for every reader
    const c = d.capacityGBps;
    const link = { rawGBps: c.raw, ncclGBps: c.nccl, protocol: d.protocol, gen: d.gen };
    c.calibrated = calibratedGBps({ ...link, tier: calibrationTier(d.tier) }, cal);
    out[d.from]!.push(i);
    if (d.tier === TIER.scaleUp) nodes[d.from]!.scaleUpLinks += d.linkCount;
  });
  const fabric: Fabric = {
    ix,
    calibration: cal,
    nodes,
    directedLinks,
    out,
    nodeOf: (id) => nodeOfMap.get(id),
    nodeOfPort: endNode,
    // One note per assumed standard, not one per link that assumed it.
    issues: foldRepeated(issues, (d) =>
      d.code === 'perf-standard-assumed' ? d.message.replace(/^link \S+: /, '') : null,
    ),
    tree: treeCache(() => fabric),
    memo: memoOf(),
    route: (src, dst) => routeBetween(fabric, src, dst),
  };
  return fabric;
}

/** One link's figures, as its bundles add them up: rate, tier, latency and the generation it runs at. */
interface LinkFigures {
  link: Link;
  rate: ReturnType<typeof linkRate>;
  tier: Tier;
  lat: DirectedLink['latency'];
  latNs: number;
  gen: number | null;
}

/** The directed links: each design link adds itself, both ways, to the bundle of its ends and protocol. */
function bundleLinks(
  ix: DesignIndex,
  { nodes }: NodeMaps,
  endNode: (r: PortRef) => number | undefined,
  cal: FabricOptions['calibration'],
  opts: FabricOptions,
  issues: DraftIssue[],
): DirectedLink[] {
  const bundles = new Map<string, DirectedLink>();
  for (const link of ix.design.links) {
    const a = endNode(link.from);
    const b = endNode(link.to);
    if (a === undefined || b === undefined || a === b) {
      if (a === undefined || b === undefined)
        issues.push({
          severity: 'warning',
          code: 'perf-link-end-missing',
          message: `link ${link.id}: an end is not a routable component`,
          modelPath: ix.linkPath(link),
        });
      continue;
    }
    const st = linkRunState(ix, link, opts.trained);
    const rate = linkRate(ix, link, st);
    issues.push(...rate.issues);
    const tier = linkTier(ix, link.protocol, link.from.component, link.to.component);
    const lat = linkLatency(ix, link, st);
    if (tier === TIER.socket) lat.push(socketHopLatency(ix));
    const latNs = lat.reduce((s, l) => s + l.latencyNs, 0);
    const figures: LinkFigures = { link, rate, tier, lat, latNs, gen: st.gen };
    addToBundle(bundles, nodes, a, b, figures);
    addToBundle(bundles, nodes, b, a, figures);
  }
  return [...bundles.values()];
}

function addToBundle(
  bundles: Map<string, DirectedLink>,
  nodes: FabricNode[],
  from: number,
  to: number,
  { link, rate, tier, lat, latNs, gen }: LinkFigures,
): void {
  const key = `${from}|${to}|${link.protocol}`;
  let d = bundles.get(key);
  if (!d) {
    d = {
      index: -1,
      id: `${nodes[from]!.id}>${nodes[to]!.id}:${link.protocol}`,
      linkId: link.id,
      linkIds: [],
      from,
      to,
      protocol: link.protocol,
      tier,
      gen,
      capacityGBps: { raw: 0, nccl: 0, calibrated: null },
      linkCount: 0,
      latencyNs: 0,
      latency: lat,
      factors: rate.factors,
    };
    bundles.set(key, d);
  }
  d.linkIds.push(link.id);
  d.linkCount += rate.linkCount;
  d.latencyNs = Math.max(d.latencyNs, latNs);
  const c = d.capacityGBps;
  c.raw = add(c.raw, rate.rawGBps);
  c.nccl = rate.ncclPerBundle ? rate.ncclGBps : add(c.nccl, rate.ncclGBps);
}

/** A memo of derived data for one fabric (Fabric.memo). */
function memoOf(): Fabric['memo'] {
  const values = new Map<symbol, unknown>();
  return <T>(key: symbol, build: () => T): T => {
    if (!values.has(key)) values.set(key, build());
    return values.get(key) as T;
  };
}

/**
 * Route trees are a search over the whole fabric; callers ask for runs of routes from one source (a ring's
 * neighbours, a GPU's NICs), so the last few trees are kept. Bounded: a tree costs ~60 B per fabric node.
 */
const TREE_CACHE_ENTRIES = 32;

function treeCache(fabric: () => Fabric): (src: number) => RouteTree {
  const cache = new Map<number, RouteTree>();
  return (src) => {
    let t = cache.get(src);
    if (t) {
      cache.delete(src); // most recently used last
    } else {
      t = buildRouteTree(fabric(), src);
      if (cache.size >= TREE_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    }
    cache.set(src, t);
    return t;
  };
}

/** The directed link running the other way over the same bundle (same ends, same protocol), if any. */
export function reverseLink(f: Fabric, l: number): number | undefined {
  const d = f.directedLinks[l]!;
  return f.out[d.to]!.find(
    (r) => f.directedLinks[r]!.to === d.from && f.directedLinks[r]!.protocol === d.protocol,
  );
}

function routeBetween(f: Fabric, src: string, dst: string): number[] {
  const s = f.nodeOf(src);
  const d = f.nodeOf(dst);
  if (s === undefined || d === undefined) return [];
  return pathTo(f.tree(s), d);
}

/** The directed links from the tree's source to `dst`, in order. */
export function pathTo(tree: RouteTree, dst: number): number[] {
  if (tree.tier[dst] === 0 || dst === tree.src) return [];
  const path: number[] = [];
  for (let v = dst; v !== tree.src;) {
    const l = tree.parent[v]!;
    path.push(l);
    v = tree.from[l]!;
  }
  return path.reverse();
}
