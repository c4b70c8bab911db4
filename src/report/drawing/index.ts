/**
 * Topology drawings a person can read: parallel links bundled with a count and labelled (protocol, generation,
 * width, GB/s), in-channel devices on their link, a stable order grouped by NUMA node and PCIe switch, partitions
 * shown, nodes collapsed above a size, a legend. Laid out by elkjs (layered), rendered to SVG.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { boxHops, bundleLinks, meshOfPair } from './bundles.js';
import { findMeshes } from './meshes.js';
import { switchGroups } from './groups.js';
import { elkGraph } from './elk-graph.js';
import { renderSvg } from './render.js';
import type { DrawingInput } from './types.js';
import { visibility } from './visible.js';

export type { Bundle, ColorBy, DrawingInput, DrawingOptions, DrawnLinkFacts } from './types.js';
export { bundleLinks } from './bundles.js';
export { visibility, COLLAPSE_ABOVE_COMPONENTS } from './visible.js';
export { bundleLabel } from './labels.js';

/** Coordinates to 0.1 px: the SVG stays short and diffs of drawings stay readable. */
function roundLayout<T>(v: T): T {
  if (typeof v === 'number') return (Math.round(v * 10) / 10) as T;
  if (Array.isArray(v)) return v.map(roundLayout) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundLayout(x)])) as T;
  return v;
}

/** Lays the design out and draws it as an SVG document (async: ELK's layout is). */
export async function drawDesign(input: DrawingInput): Promise<string> {
  const { design, links, options = {} } = input;
  const vis = visibility(design, options.nodes ?? 'auto');
  const meshes = findMeshes(design, vis);
  const mesh = meshOfPair(meshes);
  const groups = switchGroups(design, vis, boxHops(design, vis, mesh));
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  const bundles = bundleLinks(design, links, vis, groupOf, mesh);
  const graph = elkGraph(design, vis, bundles, groups, meshes);
  const laid = roundLayout(await new ELK().layout(graph));
  return renderSvg(design, laid, bundles, vis.collapsed, options.colorBy ?? 'protocol');
}
