/** Design → Graphviz DOT: one cluster per container, edges labelled with protocol and width. */
import type { Design } from '../../model/index.js';

const q = (s: string): string => `"${s.replace(/"/g, '\\"')}"`;

export function exportDot(design: Design): string {
  const out = [`graph ${q(design.name)} {`, '  rankdir=TB;', '  node [shape=box, fontname="Helvetica"];'];
  for (const k of design.containers) {
    out.push(`  subgraph ${q(`cluster_${k.id}`)} {`, `    label=${q(k.id)};`);
    for (const c of design.components.filter((x) => x.container === k.id))
      out.push(`    ${q(c.id)} [label=${q(`${c.name}\\n${c.part}`)}];`);
    out.push('  }');
  }
  for (const c of design.components.filter((x) => x.container === null))
    out.push(`  ${q(c.id)} [label=${q(`${c.name}\\n${c.part}`)}];`);
  for (const l of design.links)
    out.push(`  ${q(l.from.component)} -- ${q(l.to.component)} [label=${q(`${l.protocol} x${l.width}`)}];`);
  out.push('}');
  return out.join('\n') + '\n';
}
