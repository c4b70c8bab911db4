/**
 * Merges imports of one host: the design with the most PCIe links leads; the others add NVLink links and NUMA
 * nodes it lacks. Devices match by bus id, else by id (`gpu3`, both numbered in bus order). Conflicts become warnings.
 */
import type { Component, Design, DraftIssue, Link } from '../../model/index.js';
import type { ImportResult } from './build-design.js';
import { summarize } from './summary.js';

const pcieLinks = (d: Design): number => d.links.filter((l) => l.protocol === 'pcie').length;

export function mergeImports(results: ImportResult[]): ImportResult {
  if (results.length === 1) return results[0]!;
  const ordered = [...results].sort((a, b) => pcieLinks(b.design) - pcieLinks(a.design));
  const lead = structuredClone(ordered[0]!);
  const issues: DraftIssue[] = [...lead.issues];
  for (const other of ordered.slice(1)) {
    issues.push(...other.issues);
    const match = matcher(lead.design);
    for (const c of other.design.components) {
      const mine = match(c);
      if (!mine) continue;
      if (c.numaNode !== null && mine.numaNode !== null && c.numaNode !== mine.numaNode) {
        issues.push({
          severity: 'warning',
          code: 'merge-conflict',
          message: `${mine.id}: NUMA node ${mine.numaNode} (${lead.format}) vs ${c.numaNode} (${other.format}); kept ${mine.numaNode}`,
        });
      }
      mine.numaNode ??= c.numaNode;
    }
    const [a, b] = [summarize(lead.design).gpus, summarize(other.design).gpus];
    if (a !== b) {
      issues.push({
        severity: 'warning',
        code: 'merge-conflict',
        message: `${lead.format} lists ${a} GPUs and ${other.format} ${b}: same host?`,
      });
    }
    if (!lead.design.links.some((l) => l.protocol === 'nvlink'))
      addNvlink(lead.design, other.design, match, issues);
  }
  return { format: ordered.map((r) => r.format).join('+'), design: lead.design, issues };
}

function matcher(lead: Design): (c: Component) => Component | undefined {
  const byBus = new Map(lead.components.filter((c) => c.pciBusId).map((c) => [c.pciBusId!, c]));
  const byName = new Map(lead.components.map((c) => [c.name, c]));
  return (c) => (c.pciBusId ? byBus.get(c.pciBusId) : undefined) ?? byName.get(c.name);
}

/** Copies the other design's NVLink links (and the NVLink switches they reach) onto the lead's matching GPUs. */
function addNvlink(
  lead: Design,
  other: Design,
  match: (c: Component) => Component | undefined,
  issues: DraftIssue[],
): void {
  const nv = other.links.filter((l) => l.protocol === 'nvlink');
  if (nv.length === 0) return;
  const byId = new Map(other.components.map((c) => [c.id, c]));
  const mapped = (id: string): string | null => {
    const c = byId.get(id)!;
    const mine = match(c);
    if (mine) return mine.id;
    if (lead.components.some((x) => x.id === c.id)) return null;
    lead.components.push(structuredClone(c));
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
  }
  issues.push({
    severity: 'info',
    code: 'merge-nvlink',
    message: `${nv.length} NVLink link(s) taken from the second file`,
  });
}
