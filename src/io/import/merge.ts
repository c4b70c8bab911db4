/**
 * Merges imports of one host. The leader rule: the first file with a PCIe tree (devices with bus ids: lspci,
 * hwloc, NCCL XML) leads, else the first file (nvidia-smi, rocm-smi and InfraGraph synthesise or have no tree).
 * The others add the NVLink links (when the lead has none) and NUMA nodes it lacks; devices match by bus id, else
 * by id (`gpu3`, both numbered in bus order). Conflicts become warnings; a `merge-lead` info says which file
 * gave what.
 */
import type { Component, Design, DraftIssue, Link } from '../../model/index.js';
import type { ImportResult } from './build-design.js';
import { summarize } from './summary.js';

/** A design read from a real PCIe tree: some device carries the bus id the file gave it. */
const hasPcieTree = (d: Design): boolean => d.components.some((c) => c.pciBusId !== null);

export function mergeImports(results: ImportResult[], names: string[] = []): ImportResult {
  if (results.length === 1) return results[0]!;
  const nameOf = (i: number): string => names[i] ?? `file ${i + 1} (${results[i]!.format})`;
  const leadAt = Math.max(
    0,
    results.findIndex((r) => hasPcieTree(r.design)),
  );
  const order = [leadAt, ...results.map((_, i) => i).filter((i) => i !== leadAt)];
  const lead = structuredClone(results[leadAt]!);
  const issues: DraftIssue[] = [...lead.issues];
  const gave: string[] = [];
  for (const at of order.slice(1)) {
    const other = results[at]!;
    issues.push(...other.issues);
    const match = matcher(lead.design);
    let numa = 0;
    for (const c of other.design.components) {
      const mine = match(c);
      if (!mine) continue;
      if (c.numaNode !== null && mine.numaNode !== null && c.numaNode !== mine.numaNode) {
        issues.push({
          severity: 'warning',
          code: 'merge-conflict',
          message: `${mine.id}: NUMA node ${mine.numaNode} (${nameOf(leadAt)}) vs ${c.numaNode} (${nameOf(at)}); kept ${mine.numaNode}`,
        });
      }
      if (mine.numaNode === null && c.numaNode !== null) numa++;
      mine.numaNode ??= c.numaNode;
    }
    const [a, b] = [summarize(lead.design).gpus, summarize(other.design).gpus];
    if (a !== b) {
      issues.push({
        severity: 'warning',
        code: 'merge-conflict',
        message: `${nameOf(leadAt)} lists ${a} GPUs and ${nameOf(at)} ${b}: same host?`,
      });
    }
    const nvlinks = lead.design.links.some((l) => l.protocol === 'nvlink')
      ? 0
      : addNvlink(lead.design, other.design, match);
    gave.push(`${nameOf(at)} adds ${nvlinks} NVLink link(s) and the NUMA node of ${numa} device(s)`);
  }
  issues.push({
    severity: 'info',
    code: 'merge-lead',
    message: `${nameOf(leadAt)} leads (${hasPcieTree(results[leadAt]!.design) ? 'the first file with a PCIe tree' : 'no file has a PCIe tree: the first file'}): its devices, PCIe links and ids are kept; ${gave.join('; ')}`,
  });
  return { format: order.map((i) => results[i]!.format).join('+'), design: lead.design, issues };
}

function matcher(lead: Design): (c: Component) => Component | undefined {
  const byBus = new Map(lead.components.filter((c) => c.pciBusId).map((c) => [c.pciBusId!, c]));
  const byName = new Map(lead.components.map((c) => [c.name, c]));
  return (c) => (c.pciBusId ? byBus.get(c.pciBusId) : undefined) ?? byName.get(c.name);
}

/** Copies the other design's NVLink links (and the NVLink switches they reach); returns how many were added. */
function addNvlink(lead: Design, other: Design, match: (c: Component) => Component | undefined): number {
  const nv = other.links.filter((l) => l.protocol === 'nvlink');
  if (nv.length === 0) return 0;
  let added = 0;
  const copied = new Set<string>();
  const byId = new Map(other.components.map((c) => [c.id, c]));
  const mapped = (id: string): string | null => {
    const c = byId.get(id)!;
    const mine = match(c);
    if (mine) return mine.id;
    // Copied for an earlier link (an NVLink switch every GPU reaches): the same component again.
    if (copied.has(c.id)) return c.id;
    if (lead.components.some((x) => x.id === c.id)) return null;
    lead.components.push(structuredClone(c));
    copied.add(c.id);
    return c.id;
  };
  for (const l of nv) {
    const from = mapped(l.from.component);
    const to = mapped(l.to.component);
    if (!from || !to) continue;
    for (const [id, port] of [
      [from, l.from.port],
      [to, l.to.port],
    ] as const) {
      const comp = lead.components.find((c) => c.id === id)!;
      const src = byId
        .get(id === from ? l.from.component : l.to.component)!
        .ports.find((p) => p.name === port);
      if (src && !comp.ports.some((p) => p.name === port)) comp.ports.push(structuredClone(src));
    }
    const link: Link = {
      ...structuredClone(l),
      from: { component: from, port: l.from.port },
      to: { component: to, port: l.to.port },
    };
    link.id = `${from}.${l.from.port}~${to}.${l.to.port}`;
    lead.links.push(link);
    added++;
  }
  return added;
}
