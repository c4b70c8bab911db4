/** Indexes over a design that the structural rules share (built once per check). */
import type { Catalog } from '../catalog/index.js';
import type { Component, Design, Link, Port, PortRef, Protocol } from '../model/index.js';

export interface LinkEnd {
  link: Link;
  index: number;
  end: 'from' | 'to';
}

export interface CheckContext {
  design: Design;
  catalog: Catalog;
  /** Component by id (the first, when ids are duplicated) with its index. */
  components: Map<string, { c: Component; index: number }>;
  partIds: Set<string>;
  /** Links attached to each port, keyed `component.port`. */
  linksAtPort: Map<string, LinkEnd[]>;
  port: (ref: PortRef) => Port | undefined;
}

export function buildContext(design: Design, catalog: Catalog): CheckContext {
  const components = new Map<string, { c: Component; index: number }>();
  design.components.forEach((c, index) => {
    if (!components.has(c.id)) components.set(c.id, { c, index });
  });
  const linksAtPort = new Map<string, LinkEnd[]>();
  design.links.forEach((link, index) => {
    for (const end of ['from', 'to'] as const) {
      const key = `${link[end].component}.${link[end].port}`;
      const list = linksAtPort.get(key);
      if (list) list.push({ link, index, end });
      else linksAtPort.set(key, [{ link, index, end }]);
    }
  });
  const portMaps = new Map<string, Map<string, Port>>();
  const port = (ref: PortRef): Port | undefined => {
    let m = portMaps.get(ref.component);
    if (!m) {
      const c = components.get(ref.component)?.c;
      if (!c) return undefined;
      m = new Map(c.ports.map((p) => [p.name, p]));
      portMaps.set(ref.component, m);
    }
    return m.get(ref.port);
  };
  return { design, catalog, components, partIds: new Set(catalog.parts.map((p) => p.id)), linksAtPort, port };
}

export type Rule = (ctx: CheckContext) => import('../model/index.js').DraftIssue[];

/** A port carries its own protocol and the alternatives it lists (CXL on a PCIe root port). */
export const carries = (port: Port, protocol: Protocol): boolean =>
  port.protocol === protocol || port.altProtocols.includes(protocol);
