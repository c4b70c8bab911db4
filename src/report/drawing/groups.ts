/**
 * Switch groups: switches of one part in one container that link to exactly the same boxes (the four NVSwitches of
 * an HGX board, the nine switch trays of an NVL72 rack) are drawn side by side in one group box, and each neighbour's
 * links to them as one bundle to the group: 8 GPU edges instead of 32, 18 tray edges instead of 162.
 */
import { kindTraits, type Component, type Design, type Protocol } from '../../model/index.js';
import type { Visibility } from './visible.js';

export interface Hop {
  a: string;
  b: string;
  protocol: Protocol;
}

export interface SwitchGroup {
  id: string;
  /** Drawn container holding the group (null: the drawing's root). */
  container: string | null;
  members: string[];
  /** What the members are: a part id or a collapsed node's content. */
  what: string;
}

/** A switch: forwards traffic and is neither an accelerator nor a root complex (what a kind declares). */
const isSwitch = (c: Component): boolean => {
  const t = kindTraits(c.kind);
  return t.forwardsTraffic && !t.isAccelerator && t.pcieRole !== 'root-complex' && !t.inChannel;
};

/** Box id → [drawn container, what it is] for boxes that may group: switches and collapsed all-switch nodes. */
function candidates(design: Design, vis: Visibility): Map<string, [string | null, string]> {
  const out = new Map<string, [string | null, string]>();
  const parentOf = new Map(design.containers.map((k) => [k.id, k.parent]));
  const inside = new Map<string, Component[]>();
  for (const c of design.components) {
    const box = vis.boxOfComponent(c.id);
    if (box === c.id) {
      if (isSwitch(c) && !vis.partitions.has(c.id)) out.set(c.id, [c.container, c.part]);
    } else inside.set(box, [...(inside.get(box) ?? []), c]);
  }
  for (const [box, cs] of inside)
    if (cs.every(isSwitch))
      out.set(box, [parentOf.get(box) ?? null, [...new Set(cs.map((c) => c.part))].sort().join('+')]);
  return out;
}

export function switchGroups(design: Design, vis: Visibility, hops: readonly Hop[]): SwitchGroup[] {
  const cand = candidates(design, vis);
  const neighbours = new Map<string, Set<string>>();
  const add = (x: string, y: string, p: Protocol): void => {
    if (!cand.has(x)) return;
    const s = neighbours.get(x) ?? new Set<string>();
    s.add(`${p}:${y}`);
    neighbours.set(x, s);
  };
  for (const h of hops) {
    add(h.a, h.b, h.protocol);
    add(h.b, h.a, h.protocol);
  }
  const byKey = new Map<string, string[]>();
  for (const [box, [container, what]] of cand) {
    const n = neighbours.get(box);
    if (!n || n.size === 0) continue;
    const key = `${container}|${what}|${[...n].sort().join(',')}`;
    byKey.set(key, [...(byKey.get(key) ?? []), box]);
  }
  return [...byKey.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const [container, what] = cand.get(members[0]!)!;
      return { id: `group:${members[0]}`, container, members, what };
    });
}
