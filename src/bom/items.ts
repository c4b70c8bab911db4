/**
 * What a design contains, item by item: each component, and each cable or optical module named in a channel.
 * Every item has a category, vendor, unit power and the container it sits in.
 */
import { findCable, findPart, type Cable, type Catalog } from '../catalog/index.js';
import { kindTraits, type BomCategory, type Design, type Link, type Protocol } from '../model/index.js';
import type { InterconnectDomain } from './types.js';

export interface BomItem {
  part: string;
  name: string;
  vendor: string;
  category: BomCategory;
  /** Interconnect domain, or null for compute (accelerators, CPUs) and parts outside the interconnect. */
  domain: InterconnectDomain | null;
  unitPowerW: number | null;
  quantity: number;
  /** The component's container (for a cable, the lowest container holding both its ends), for power roll-ups. */
  container: string | null;
}

const DOMAIN_OF_PROTOCOL: Record<Protocol, InterconnectDomain> = {
  pcie: 'server',
  cxl: 'server',
  upi: 'server',
  'infinity-fabric': 'scale-up',
  c2c: 'server',
  nvlink: 'scale-up',
  ualink: 'scale-up',
  ethernet: 'scale-out',
  infiniband: 'scale-out',
};

const DOMAINS = new Set<string>(['server', 'scale-up', 'scale-out']);

/**
 * Optical modules ('optical' medium) are bought one per end; every other cable is one assembly.
 * Power is per end in the catalog, so an assembly draws two ends' worth and a module one.
 */
function cableItem(cable: Cable, link: Link, container: string | null): BomItem {
  const perEnd = cable.medium === 'optical';
  return {
    part: cable.id,
    name: cable.name,
    vendor: cable.vendor ?? 'unspecified',
    category: perEnd ? 'optics' : 'cables',
    domain: DOMAIN_OF_PROTOCOL[link.protocol],
    unitPowerW: perEnd ? cable.powerWPerEnd : cable.powerWPerEnd * 2,
    quantity: perEnd ? 2 : 1,
    container,
  };
}

/** The lowest container holding both `a` and `b` (null: the design's root). */
function commonContainer(
  a: string | null,
  b: string | null,
  parent: Map<string, string | null>,
): string | null {
  const above = new Set<string>();
  for (let at = a; at !== null; at = parent.get(at) ?? null) above.add(at);
  for (let at = b; at !== null; at = parent.get(at) ?? null) if (above.has(at)) return at;
  return null;
}

export function bomItems(design: Design, catalog: Catalog): BomItem[] {
  const items: BomItem[] = [];
  const containerOf = new Map(design.components.map((c) => [c.id, c.container]));
  const parent = new Map(design.containers.map((c) => [c.id, c.parent]));
  for (const c of design.components) {
    const part = findPart(catalog, c.part);
    const traits = kindTraits(c.kind);
    const override = part?.props?.['domain'];
    const domain =
      typeof override === 'string' && DOMAINS.has(override)
        ? (override as InterconnectDomain)
        : traits.domain;
    items.push({
      part: c.part,
      name: part?.name ?? c.part,
      vendor: part?.vendor ?? 'unknown',
      category: traits.bomCategoryInDomain?.[domain] ?? traits.bomCategory,
      domain: domain === 'compute' ? null : domain,
      unitPowerW: part?.powerW ?? null,
      quantity: 1,
      container: c.container,
    });
  }
  for (const link of design.links) {
    for (const s of link.channel) {
      if (s.type !== 'cable') continue;
      const cable = findCable(catalog, s.part);
      const where = commonContainer(
        containerOf.get(link.from.component) ?? null,
        containerOf.get(link.to.component) ?? null,
        parent,
      );
      if (cable) items.push(cableItem(cable, link, where));
    }
  }
  return items;
}
