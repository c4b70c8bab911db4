/**
 * Direct full meshes: three or more accelerators of one container where every pair has a direct link of one protocol
 * (the xGMI mesh of an MI300X board). A mesh is drawn as one "full mesh" bar the accelerators link to, each with its
 * own bundle (7× xGMI per GPU of eight), instead of 28 crossing edges.
 */
import { kindTraits, type Design, type Protocol } from '../../model/index.js';
import type { Visibility } from './visible.js';

export interface Mesh {
  id: string;
  container: string | null;
  protocol: Protocol;
  members: string[];
  links: number;
}

export const MESH_PREFIX = 'mesh:';

export function findMeshes(design: Design, vis: Visibility): Mesh[] {
  const component = new Map(design.components.map((c) => [c.id, c]));
  const pairs = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const l of design.links) {
    const [a, b] = [l.from.component, l.to.component];
    const [ca, cb] = [component.get(a), component.get(b)];
    if (!ca || !cb || a === b || ca.container !== cb.container) continue;
    if (!kindTraits(ca.kind).isAccelerator || !kindTraits(cb.kind).isAccelerator) continue;
    if (vis.boxOfComponent(a) !== a || vis.boxOfComponent(b) !== b) continue;
    const key = `${ca.container}|${l.protocol}`;
    const s = pairs.get(key) ?? new Set<string>();
    s.add([a, b].sort().join('|'));
    pairs.set(key, s);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const out: Mesh[] = [];
  for (const [key, s] of pairs) {
    const members = [...new Set([...s].flatMap((p) => p.split('|')))].sort();
    const complete = (members.length * (members.length - 1)) / 2;
    if (members.length < 3 || s.size !== complete) continue;
    const [container, protocol] = key.split('|') as [string, Protocol];
    out.push({
      id: `${MESH_PREFIX}${container}/${protocol}`,
      container: container === 'null' ? null : container,
      protocol,
      members,
      links: count.get(key)!,
    });
  }
  return out;
}
