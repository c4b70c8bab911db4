/**
 * Port capacity: lanes used on a port do not exceed its lanes, links on a bifurcatable port fit one of its
 * bifurcation options, a hierarchical (upstream/downstream) port without bifurcation carries one link, and
 * a configurable part's declared ports fit its lane and port totals.
 */
import { findPart } from '../../catalog/index.js';
import type { DraftIssue, Port } from '../../model/index.js';
import type { Rule } from '../context.js';

/** True when the widths can be given distinct entries of `option`, each at least as wide. */
export function fitsBifurcation(widths: readonly number[], option: readonly number[]): boolean {
  const w = [...widths].sort((a, b) => b - a);
  const o = [...option].sort((a, b) => b - a);
  return w.length <= o.length && w.every((x, k) => x <= o[k]!);
}

function portIssue(port: Port, id: string, widths: number[], at: string): DraftIssue | null {
  const used = widths.reduce((a, b) => a + b, 0);
  if (port.bifurcation) {
    if (!port.bifurcation.some((opt) => fitsBifurcation(widths, opt)))
      return {
        severity: 'error',
        code: 'invalid-bifurcation',
        message: `${id}.${port.name}: links of x${widths.join(', x')} fit none of its bifurcations (${port.bifurcation.map((o) => o.map((x) => `x${x}`).join('+')).join(', ')})`,
        modelPath: at,
        hint: 'split the port as one of its options allows, or move a link to another port',
      };
    return null;
  }
  if (used > port.lanes)
    return {
      severity: 'error',
      code: 'lanes-oversubscribed',
      message: `${id}.${port.name}: links use ${used} lanes, the port has ${port.lanes}`,
      modelPath: at,
      hint: 'move a link to another port or narrow it',
    };
  if (port.role !== 'peer' && widths.length > 1)
    return {
      severity: 'error',
      code: 'port-shared',
      message: `${id}.${port.name}: ${widths.length} links on one ${port.role} port that cannot bifurcate`,
      modelPath: at,
      hint: 'give each link its own port',
    };
  return null;
}

export const portUsage: Rule = (ctx) => {
  const out: DraftIssue[] = [];
  ctx.design.components.forEach((c, i) => {
    c.ports.forEach((port, k) => {
      // A link wider than the port alone is reported by link-ends; don't report the port again.
      const ends = ctx.linksAtPort.get(`${c.id}.${port.name}`)?.filter((e) => e.link.width <= port.lanes);
      if (!ends?.length) return;
      const issue = portIssue(
        port,
        c.id,
        ends.map((e) => e.link.width),
        `components[${i}].ports[${k}]`,
      );
      if (issue) out.push(issue);
    });
    const part = findPart(ctx.catalog, c.part);
    if (!part) return;
    const lanes = c.ports.reduce((a, p) => a + p.lanes, 0);
    if (part.lanes !== undefined && lanes > part.lanes)
      out.push({
        severity: 'error',
        code: 'switch-lanes-exceeded',
        message: `${c.id}: ports declare ${lanes} lanes, ${part.name} has ${part.lanes}`,
        modelPath: `components[${i}].ports`,
        hint: `remove or narrow ports to total ${part.lanes} lanes`,
      });
    if (part.maxPorts !== undefined && c.ports.length > part.maxPorts)
      out.push({
        severity: 'error',
        code: 'switch-ports-exceeded',
        message: `${c.id}: ${c.ports.length} ports declared, ${part.name} supports ${part.maxPorts}`,
        modelPath: `components[${i}].ports`,
        hint: `declare at most ${part.maxPorts} ports`,
      });
  });
  return out;
};
