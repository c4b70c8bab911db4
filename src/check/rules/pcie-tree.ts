/**
 * PCIe/CXL hierarchy: every link joins an upstream port to a downstream (or root) port, each component
 * (per virtual-switch partition) has at most one upstream link, and following upstream links never loops.
 */
import type { DraftIssue } from '../../model/index.js';
import { carries, type CheckContext, type Rule } from '../context.js';

const HIERARCHICAL = new Set(['pcie', 'cxl']);

export const pcieTree: Rule = (ctx: CheckContext) => {
  const out: DraftIssue[] = [];
  const upstreamOf = new Map<string, { link: number; parent: string }>();
  const parents = new Map<string, string[]>();
  ctx.design.links.forEach((link, i) => {
    if (!HIERARCHICAL.has(link.protocol)) return;
    const fp = ctx.port(link.from);
    const tp = ctx.port(link.to);
    if (!fp || !tp || !carries(fp, link.protocol) || !carries(tp, link.protocol)) return;
    const ups = [fp.role === 'upstream', tp.role === 'upstream'];
    if (ups[0] === ups[1]) {
      const both = ups[0] ? 'upstream' : `${fp.role}/${tp.role}`;
      out.push({
        severity: 'error',
        code: 'pcie-direction',
        message: `${link.id}: joins two ${both} ports; a PCIe link joins a device's upstream port to a root or switch downstream port`,
        modelPath: `links[${i}]`,
        hint: 'check the port names at both ends',
      });
      return;
    }
    const child = ups[0] ? link.from : link.to;
    const parent = ups[0] ? link.to : link.from;
    const childPort = ups[0] ? fp : tp;
    const key = `${child.component}#${childPort.partition ?? ''}`;
    const prior = upstreamOf.get(key);
    if (prior) {
      out.push({
        severity: 'error',
        code: 'two-upstream',
        message: `${child.component} has two upstream links (${ctx.design.links[prior.link]!.id} and ${link.id})`,
        modelPath: `links[${i}]`,
        hint: 'a PCIe device (or switch partition) has exactly one upstream port in use; give a switch partitions for several uplinks',
      });
      return;
    }
    upstreamOf.set(key, { link: i, parent: parent.component });
    parents.set(child.component, [...(parents.get(child.component) ?? []), parent.component]);
  });
  // Iterative three-colour DFS over child → parent edges finds loops.
  const state = new Map<string, 1 | 2>();
  for (const start of parents.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const ps = parents.get(top.id) ?? [];
      if (top.next >= ps.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const p = ps[top.next++]!;
      const s = state.get(p);
      if (s === 1) {
        const cycle = [...stack.slice(stack.findIndex((f) => f.id === p)).map((f) => f.id), p];
        const entry = ctx.components.get(p);
        out.push({
          severity: 'error',
          code: 'pcie-cycle',
          message: `PCIe hierarchy has a loop: ${cycle.join(' → ')}`,
          modelPath: entry ? `components[${entry.index}]` : undefined,
          hint: 'a PCIe hierarchy is a tree: remove one of these links',
        } as DraftIssue);
      } else if (s === undefined) {
        state.set(p, 1);
        stack.push({ id: p, next: 0 });
      }
    }
  }
  return out;
};
