/**
 * Which box a component or port is drawn as: itself, a partition of its switch (a partitioned PCIe switch is drawn
 * as one box per virtual switch inside the switch's box), or the node that holds it when that node is collapsed.
 */
import type { Container, Design, PortRef } from '../../model/index.js';

/** A design with more components than this is drawn with its nodes collapsed (a page-sized, readable picture). */
export const COLLAPSE_ABOVE_COMPONENTS = 80;

export interface Visibility {
  /** Containers drawn as one closed box (their content hidden). */
  collapsed: ReadonlySet<string>;
  /** The box a port is drawn on. */
  boxOfPort: (ref: PortRef) => string;
  /** The box a component is drawn as. */
  boxOfComponent: (id: string) => string;
  /** The collapsed container that hides `container`'s content (itself or an ancestor), or null when drawn open. */
  closedAncestorOf: (container: string | null) => string | null;
  /** Partitions of each partitioned component, in natural order. */
  partitions: ReadonlyMap<string, string[]>;
}

export const partitionBoxId = (component: string, partition: string): string => `${component}#${partition}`;

export const naturalCompare = (a: string, b: string): number =>
  a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

function collapsedContainers(design: Design, mode: 'auto' | 'expand' | 'collapse'): Set<string> {
  const big = design.components.length > COLLAPSE_ABOVE_COMPONENTS;
  if (mode === 'expand' || (mode === 'auto' && !big)) return new Set();
  return new Set(design.containers.filter((k) => k.level === 'node').map((k) => k.id));
}

export function visibility(design: Design, mode: 'auto' | 'expand' | 'collapse' = 'auto'): Visibility {
  const collapsed = collapsedContainers(design, mode);
  const parent = new Map<string, Container>(design.containers.map((k) => [k.id, k]));
  const closedAncestor = new Map<string, string | null>();
  const ancestorOf = (container: string | null): string | null => {
    if (container === null) return null;
    if (closedAncestor.has(container)) return closedAncestor.get(container)!;
    const up = ancestorOf(parent.get(container)?.parent ?? null);
    const found = up ?? (collapsed.has(container) ? container : null);
    closedAncestor.set(container, found);
    return found;
  };
  const component = new Map(design.components.map((c) => [c.id, c]));
  const partitions = new Map<string, string[]>();
  for (const c of design.components) {
    const names = [...new Set(c.ports.map((p) => p.partition).filter((p): p is string => p !== null))];
    if (names.length > 1) partitions.set(c.id, names.sort(naturalCompare));
  }
  const boxOfComponent = (id: string): string => ancestorOf(component.get(id)?.container ?? null) ?? id;
  const boxOfPort = (ref: PortRef): string => {
    const box = boxOfComponent(ref.component);
    if (box !== ref.component || !partitions.has(ref.component)) return box;
    const p = component.get(ref.component)?.ports.find((x) => x.name === ref.port)?.partition ?? null;
    return p === null ? box : partitionBoxId(ref.component, p);
  };
  return { collapsed, boxOfPort, boxOfComponent, closedAncestorOf: ancestorOf, partitions };
}
