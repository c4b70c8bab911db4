/**
 * Parallel links bundled into one drawn edge with a count (18 NVLinks of a GPU become x5 / x4 to each NVSwitch), and
 * links with in-channel devices (retimers, cable modules) split at each device so the device sits on its link.
 */
import { kindTraits, type Design, type Link } from '../../model/index.js';
import type { Verdict } from '../../phy/index.js';
import type { Bundle, DrawnLinkFacts } from './types.js';
import type { Hop } from './groups.js';
import { MESH_PREFIX, type Mesh } from './meshes.js';
import type { Visibility } from './visible.js';

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, unknown: 1, warn: 2, fail: 3 };

const worse = (a: Verdict | null, b: Verdict | null): Verdict | null =>
  a === null ? b : b === null ? a : VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;

const minOf = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** Mesh bar id of each accelerator pair and protocol that belongs to a full mesh (`a|b|protocol`). */
export function meshOfPair(meshes: readonly Mesh[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of meshes)
    for (const a of m.members)
      for (const b of m.members) if (a !== b) out.set(`${a}|${b}|${m.protocol}`, m.id);
  return out;
}

/**
 * The drawn boxes a link passes, in channel order: its ends and every in-channel device between them; a link of a
 * full mesh passes the mesh bar.
 */
function stops(link: Link, vis: Visibility, mesh: ReadonlyMap<string, string>): string[] {
  const devices = link.channel.flatMap((s) => (s.type === 'device' ? [vis.boxOfComponent(s.component)] : []));
  const bar = mesh.get(`${link.from.component}|${link.to.component}|${link.protocol}`);
  const all = [vis.boxOfPort(link.from), ...devices, ...(bar ? [bar] : []), vis.boxOfPort(link.to)];
  return all.filter((b, i) => i === 0 || b !== all[i - 1]);
}

const UNKNOWN: DrawnLinkFacts = {
  verdict: null,
  marginDb: null,
  trainedGen: null,
  trainedWidth: null,
  rateGBps: null,
};

/** Every box-to-box hop of every link (a link through a retimer makes two). */
export function boxHops(design: Design, vis: Visibility, mesh: ReadonlyMap<string, string>): Hop[] {
  return design.links.flatMap((link) => {
    const path = stops(link, vis, mesh);
    return path.slice(1).map((b, i) => ({ a: path[i]!, b, protocol: link.protocol }));
  });
}

/**
 * Bundles in first-seen order of the design's links; orientation is the first member's (upstream first). `groupOf`
 * maps a box to the switch group drawn around it, so links to any member join one bundle to the group.
 */
export function bundleLinks(
  design: Design,
  facts: ReadonlyMap<string, DrawnLinkFacts>,
  vis: Visibility,
  groupOf: ReadonlyMap<string, string> = new Map(),
  mesh: ReadonlyMap<string, string> = new Map(),
): Bundle[] {
  const byKey = new Map<string, Bundle>();
  const component = new Map(design.components.map((c) => [c.id, c]));
  const isRoot = (box: string): boolean => {
    const c = component.get(box);
    return c !== undefined && kindTraits(c.kind).pcieRole === 'root-complex';
  };
  for (const link of design.links) {
    const f = facts.get(link.id) ?? UNKNOWN;
    const path = stops(link, vis, mesh).map((b) => groupOf.get(b) ?? b);
    for (let i = 0; i + 1 < path.length; i++) {
      // A mesh bar is always the target, so the layered layout puts it below its accelerators.
      const [a, b] = path[i]!.startsWith(MESH_PREFIX) ? [path[i + 1]!, path[i]!] : [path[i]!, path[i + 1]!];
      if (a === b) continue;
      const key = `${[a, b].sort().join('|')}|${link.protocol}`;
      const found = byKey.get(key);
      if (!found) {
        byKey.set(key, {
          id: `bundle${byKey.size}`,
          from: a,
          to: b,
          protocol: link.protocol,
          peer: isRoot(a) && isRoot(b),
          linkIds: [link.id],
          widthLanes: link.width,
          gen: link.gen,
          trainedGen: f.trainedGen,
          rateGBps: f.rateGBps,
          verdict: f.verdict,
          marginDb: f.marginDb,
        });
        continue;
      }
      found.linkIds.push(link.id);
      found.widthLanes = Math.max(found.widthLanes, link.width);
      found.gen = found.gen === null || link.gen === null ? null : Math.min(found.gen, link.gen);
      found.trainedGen = minOf(found.trainedGen, f.trainedGen);
      found.rateGBps = found.rateGBps === null || f.rateGBps === null ? null : found.rateGBps + f.rateGBps;
      found.verdict = worse(found.verdict, f.verdict);
      found.marginDb = minOf(found.marginDb, f.marginDb);
    }
  }
  return [...byKey.values()];
}
