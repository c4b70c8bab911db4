/**
 * Copies a preset's node into the plan's racks: `node0/gpu3` becomes `rack2/node1/gpu3`. Ids follow the
 * loader's rules (a component id is its container path plus its name; a link id without a declared one is
 * `from.port~to.port`), so the in-memory design equals what loading the written file gives. Ports and
 * segments without component references are shared between copies (the model is read-only by convention).
 */
import type { Component, Container, Link, PortRef, Segment } from '../model/index.js';
import type { PresetNode } from './types.js';

interface LinkTemplate {
  link: Link;
  from: string;
  to: string;
  /** Suffix of a declared id after the node path; null for a derived `from~to` id. */
  idSuffix: string | null;
  /** A derived id is nodeId + idHead + nodeId + idTail (`/gpu0.nvlink~` and `/nvsw0.nvl0`). */
  idHead: string;
  idTail: string;
  /** Whether the channel names components (package/device segments) and must be rewritten per copy. */
  refsInChannel: boolean;
}

export interface NodeCopier {
  /** Adds one copy of the preset's top container (a node, or a rack-scale preset's rack) as `nodeId` in `parent`. */
  copy: (
    nodeId: string,
    parent: string | null,
    out: { containers: Container[]; components: Component[]; links: Link[] },
  ) => void;
}

const keyOf = (r: PortRef) => `${r.component}.${r.port}`;

export function nodeCopier(preset: PresetNode): NodeCopier {
  const d = preset.design;
  const root = d.containers.find((c) => c.parent === null)!;
  const cut = root.id.length;
  const suffix = (id: string) => id.slice(cut);
  const inner = d.containers.filter((c) => c !== root);
  const links: LinkTemplate[] = d.links.map((l) => ({
    link: l,
    from: suffix(l.from.component),
    to: suffix(l.to.component),
    idSuffix: l.id === `${keyOf(l.from)}~${keyOf(l.to)}` ? null : suffix(l.id),
    idHead: `${suffix(l.from.component)}.${l.from.port}~`,
    idTail: `${suffix(l.to.component)}.${l.to.port}`,
    refsInChannel: l.channel.some((s) => s.type === 'package' || s.type === 'device'),
  }));
  const remapSeg = (s: Segment, nodeId: string): Segment =>
    s.type === 'package' || s.type === 'device' ? { ...s, component: nodeId + suffix(s.component) } : s;
  return {
    copy(nodeId, parent, out) {
      out.containers.push({ ...root, id: nodeId, name: nodeId.slice(nodeId.lastIndexOf('/') + 1), parent });
      for (const c of inner)
        out.containers.push({ ...c, id: nodeId + suffix(c.id), parent: nodeId + suffix(c.parent!) });
      for (const c of d.components)
        out.components.push({
          id: nodeId + suffix(c.id),
          name: c.name,
          kind: c.kind,
          part: c.part,
          container: nodeId + suffix(c.container!),
          ports: c.ports,
          pciBusId: c.pciBusId,
          numaNode: c.numaNode,
          infos: c.infos,
        });
      for (const t of links) {
        const l = t.link;
        const fc = nodeId + t.from;
        const tc = nodeId + t.to;
        // An explicit literal (not a spread) keeps every link the same shape and allocation small.
        out.links.push({
          id: t.idSuffix === null ? nodeId + t.idHead + nodeId + t.idTail : nodeId + t.idSuffix,
          from: { component: fc, port: l.from.port },
          to: { component: tc, port: l.to.port },
          protocol: l.protocol,
          width: l.width,
          gen: l.gen,
          laneRateGbps: l.laneRateGbps,
          channel: t.refsInChannel ? l.channel.map((s) => remapSeg(s, nodeId)) : l.channel,
          reported: l.reported,
          capable: l.capable,
        });
      }
    },
  };
}
