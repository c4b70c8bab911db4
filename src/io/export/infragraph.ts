/**
 * Design → InfraGraph YAML (Keysight/infragraph): one device per node container with one component per rackwire
 * component, one link per protocol, `a.i.link.b.j` connections; the full rackwire design rides along under
 * `annotations.rackwire` so that importing the file back loses nothing.
 */
import { stringify } from 'yaml';
import { kindTraits, type Component, type Design } from '../../model/index.js';

const TYPE_BY_TRAIT = (c: Component): string => {
  const t = kindTraits(c.kind);
  return t.isAccelerator
    ? 'xpu'
    : t.isNetworkEndpoint
      ? 'nic'
      : t.pcieRole === 'root-complex'
        ? 'cpu'
        : t.forwardsTraffic
          ? 'switch'
          : 'custom';
};

export function exportInfragraph(design: Design): string {
  const containerOf = (c: Component): string => c.container ?? 'root';
  const groups = new Map<string, Component[]>();
  for (const c of design.components) groups.set(containerOf(c), [...(groups.get(containerOf(c)) ?? []), c]);
  const protocols = [...new Set(design.links.map((l) => l.protocol))];
  const byId = new Map(design.components.map((c) => [c.id, c]));
  const devices = [...groups].map(([cid, comps]) => ({
    name: cid,
    components: comps.map((c) => ({
      name: c.name.replace(/\W/g, '_'),
      count: 1,
      type: TYPE_BY_TRAIT(c),
      description: `${c.kind} ${c.part}`,
    })),
    links: protocols.map((p) => ({ name: p })),
    connections: design.links
      .filter(
        (l) =>
          containerOf(byId.get(l.from.component)!) === cid && containerOf(byId.get(l.to.component)!) === cid,
      )
      .map(
        (l) =>
          `${byId.get(l.from.component)!.name.replace(/\W/g, '_')}.0.${l.protocol}.${byId.get(l.to.component)!.name.replace(/\W/g, '_')}.0`,
      ),
  }));
  const cross = design.links.filter(
    (l) => containerOf(byId.get(l.from.component)!) !== containerOf(byId.get(l.to.component)!),
  );
  const end = (id: string): string => {
    const c = byId.get(id)!;
    return `${containerOf(c)}.0.${c.name.replace(/\W/g, '_')}.0`;
  };
  const doc = {
    name: design.name,
    description: design.description,
    devices,
    instances: [...groups.keys()].map((cid) => ({ name: cid, count: 1, device: cid })),
    links: protocols.map((p) => ({ name: p })),
    connections: cross.map((l) => `${end(l.from.component)}.${l.protocol}.${end(l.to.component)}`),
    annotations: { rackwire: design },
  };
  return stringify(doc, { lineWidth: 0 });
}
