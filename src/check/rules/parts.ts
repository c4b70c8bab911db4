/** Every part, material, connector and cable a design names exists in the catalog. */
import type { Catalog } from '../../catalog/index.js';
import { suggest, type DraftIssue, type Segment } from '../../model/index.js';
import type { Rule } from '../context.js';

const didYouMean = (name: string, candidates: Iterable<string>, list: string): string => {
  const guess = suggest(name, candidates);
  return guess ? `did you mean "${guess}"? (${list})` : list;
};

/** The catalog record a channel segment names, if any: which list it is in and how to call it. */
function catalogRef(
  s: Segment,
): { what: string; label: string; id: string; list: (c: Catalog) => { id: string }[] } | null {
  if (s.type === 'trace')
    return { what: 'material', label: 'PCB material', id: s.material, list: (c) => c.materials };
  if (s.type === 'connector')
    return { what: 'connector', label: 'connector', id: s.part, list: (c) => c.connectors };
  if (s.type === 'cable') return { what: 'cable', label: 'cable', id: s.part, list: (c) => c.cables };
  return null;
}

export const unknownParts: Rule = ({ design, catalog, partIds }) => {
  const out: DraftIssue[] = [];
  design.components.forEach((c, i) => {
    if (!partIds.has(c.part))
      out.push({
        severity: 'error',
        code: 'unknown-part',
        message: `${c.id}: part "${c.part}" is not in the catalog`,
        modelPath: `components[${i}].part`,
        hint: didYouMean(c.part, partIds, 'see rackwire catalog list, or add it in a user catalog'),
      });
  });
  design.links.forEach((link, i) => {
    link.channel.forEach((s, k) => {
      const ref = catalogRef(s);
      if (!ref) return;
      const ids = ref.list(catalog).map((r) => r.id);
      if (ids.includes(ref.id)) return;
      out.push({
        severity: 'error',
        code: `unknown-${ref.what}`,
        message: `${link.id}: ${ref.label} "${ref.id}" is not in the catalog`,
        modelPath: `links[${i}].channel[${k}]`,
        hint: didYouMean(ref.id, ids, 'see rackwire catalog list'),
      });
    });
  });
  return out;
};
