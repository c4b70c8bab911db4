/** Accumulates imported components and links under temporary keys, then assigns rackwire ids in bus-id order. */
import type { Catalog } from '../../catalog/index.js';
import {
  kindTraits,
  portKey,
  type Component,
  type ComponentKind,
  type Design,
  type DraftIssue,
  type Link,
  type LinkState,
  type Port,
  type Protocol,
} from '../../model/index.js';

export interface PendingComponent {
  key: string;
  kind: ComponentKind;
  part: string;
  busId: string | null;
  numaNode: number | null;
  infos: Record<string, string>;
  ports: Port[];
  /** Creation order: the tie-break (file order) where no bus id orders components. */
  order: number;
  /** Infos that name another component, by key; written into `infos` as final ids. */
  refs: Record<string, string>;
}

export interface PendingLink {
  from: { key: string; port: string };
  to: { key: string; port: string };
  protocol: Protocol;
  width: number;
  gen: number | null;
  reported: LinkState | null;
  capable: LinkState | null;
}

/** An issue whose message names components by their final ids. */
export type PendingIssue = (idOf: (key: string) => string) => DraftIssue;

export interface Builder {
  catalog: Catalog;
  components: Map<string, PendingComponent>;
  links: PendingLink[];
  issues: PendingIssue[];
  /** Messages already issued, for assumptions that hold for every device alike (said once). */
  noted: Set<string>;
}

export const newBuilder = (catalog: Catalog): Builder => ({
  catalog,
  components: new Map(),
  links: [],
  issues: [],
  noted: new Set(),
});

export function addComponent(
  b: Builder,
  c: Omit<PendingComponent, 'order' | 'ports' | 'refs'>,
): PendingComponent {
  // Keys are bus ids where a file has them; a file that repeats one (hand-edited test trees) still gets two components.
  const key = b.components.has(c.key) ? `${c.key}#${b.components.size}` : c.key;
  const pending: PendingComponent = { ...c, key, ports: [], order: b.components.size, refs: {} };
  b.components.set(key, pending);
  return pending;
}

export function addPort(
  c: PendingComponent,
  port: Partial<Port> & Pick<Port, 'name' | 'protocol' | 'lanes' | 'role'>,
): Port {
  const full: Port = {
    altProtocols: [],
    maxGen: null,
    laneRateGbps: null,
    bifurcation: null,
    partition: null,
    ...port,
  };
  c.ports.push(full);
  return full;
}

/** Next free port name `prefix{i}` on a component. */
export const nextPortName = (c: PendingComponent, prefix: string): string => {
  let i = 0;
  while (c.ports.some((p) => p.name === `${prefix}${i}`)) i++;
  return `${prefix}${i}`;
};

const byBusThenOrder = (a: PendingComponent, b: PendingComponent): number => {
  if (a.busId && b.busId) return a.busId < b.busId ? -1 : a.busId > b.busId ? 1 : a.order - b.order;
  if (a.busId) return -1;
  if (b.busId) return 1;
  return a.order - b.order;
};

/** Orders ids as people count: `node0/gpu2` before `node0/gpu10` (runs of digits compare as numbers). */
export function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i]!, pb[i]!];
    if (x === y) continue;
    // Odd pieces are the digit runs (split with a capture group alternates text, digits, text...).
    if (i % 2 === 1) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Assigns `node0/gpu0`-style ids (numbered per id prefix in bus-id order; CPUs in file order) and builds the Design. */
export function finish(b: Builder, name: string, nodeId = 'node0'): { design: Design; issues: DraftIssue[] } {
  const ids = new Map<string, string>();
  const groups = new Map<string, PendingComponent[]>();
  for (const c of b.components.values()) {
    const prefix = kindTraits(c.kind).idPrefix;
    groups.set(prefix, [...(groups.get(prefix) ?? []), c]);
  }
  for (const [prefix, list] of groups) {
    const sorted = prefix === 'cpu' ? list.sort((x, y) => x.order - y.order) : list.sort(byBusThenOrder);
    sorted.forEach((c, i) => ids.set(c.key, `${nodeId}/${prefix}${i}`));
  }
  const idOf = (key: string): string => ids.get(key) ?? key;
  const components: Component[] = [...b.components.values()]
    .sort((x, y) => compareNatural(idOf(x.key), idOf(y.key)))
    .map((c) => ({
      id: idOf(c.key),
      name: idOf(c.key).slice(nodeId.length + 1),
      kind: c.kind,
      part: c.part,
      container: nodeId,
      ports: c.ports,
      pciBusId: c.busId,
      numaNode: c.numaNode,
      infos: { ...c.infos, ...Object.fromEntries(Object.entries(c.refs).map(([k, v]) => [k, idOf(v)])) },
    }));
  const links: Link[] = b.links.map((l) => {
    const from = { component: idOf(l.from.key), port: l.from.port };
    const to = { component: idOf(l.to.key), port: l.to.port };
    return {
      id: `${portKey(from)}~${portKey(to)}`,
      from,
      to,
      protocol: l.protocol,
      width: l.width,
      gen: l.gen,
      laneRateGbps: null,
      channel: [],
      reported: l.reported,
      capable: l.capable,
    };
  });
  const design: Design = {
    formatVersion: 1,
    name,
    description: `Imported from ${name}`,
    settings: { recommendedMarginPct: null, cablePreference: 'power', rackPowerW: null },
    containers: [{ id: nodeId, name: nodeId, level: 'node', parent: null, module: null }],
    components,
    links,
  };
  return { design, issues: b.issues.map((f) => f(idOf)) };
}
