/**
 * Stable order of the boxes in a container: by NUMA node, then by the PCIe switch (or root) above them, then by
 * name in natural order (gpu2 before gpu10), so that drawings of alike machines look alike.
 */
import type { Component, Design } from '../../model/index.js';
import { naturalCompare } from './visible.js';

/** Component id → id of the component at the upstream end of its first PCIe link (its switch or root port). */
function upstreamOf(design: Design): Map<string, string> {
  const up = new Map<string, string>();
  for (const l of design.links)
    if (l.protocol === 'pcie' && !up.has(l.to.component)) up.set(l.to.component, l.from.component);
  return up;
}

export function componentOrder(design: Design): (a: Component, b: Component) => number {
  const up = upstreamOf(design);
  const numa = (c: Component): number => c.numaNode ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    numa(a) - numa(b) || naturalCompare(up.get(a.id) ?? '', up.get(b.id) ?? '') || naturalCompare(a.id, b.id);
}
