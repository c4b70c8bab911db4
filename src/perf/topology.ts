/** Structural helpers over a design: the host a component sits in, and parallel switch planes to merge. */
import { kindTraits, type Design } from '../model/index.js';

/** The nearest `node`-level container above `containerId` (a host), or null. */
export function hostOf(design: Design, containerId: string | null): string | null {
  const byId = new Map(design.containers.map((c) => [c.id, c]));
  for (let id = containerId, guard = 0; id !== null && guard < 64; guard++) {
    const c = byId.get(id);
    if (!c) return null;
    if (c.level === 'node') return c.id;
    id = c.parent;
  }
  return null;
}

/**
 * Forwarding components outside any PCIe hierarchy (NVLink/UALink/network switches) of the same kind and with
 * exactly the same neighbours are parallel planes: traffic between their neighbours is spread over all of them
 * (NCCL merges NVSwitches into one node the same way). Returns member lists keyed by each member's id.
 */
export function mergedPlanes(design: Design): Map<string, string[]> {
  const neighbours = new Map<string, Set<string>>();
  for (const l of design.links) {
    const a = l.from.component;
    const b = l.to.component;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const byKey = new Map<string, string[]>();
  for (const c of design.components) {
    const t = kindTraits(c.kind);
    const n = neighbours.get(c.id);
    if (!t.forwardsTraffic || t.pcieRole !== 'none' || !n || n.size === 0) continue;
    const key = `${c.kind}|${[...n].sort().join(',')}`;
    const list = byKey.get(key) ?? [];
    list.push(c.id);
    byKey.set(key, list);
  }
  const out = new Map<string, string[]>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // Merged planes must not link to each other (then they are a topology, not parallel planes).
    if (list.some((id) => list.some((o) => o !== id && neighbours.get(id)!.has(o)))) continue;
    for (const id of list) out.set(id, list);
  }
  return out;
}
