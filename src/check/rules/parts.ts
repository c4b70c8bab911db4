/** Every part, material, connector and cable a design names exists in the catalog. */
import { findCable, findConnector, findMaterial } from '../../catalog/index.js';
import { suggest, type DraftIssue } from '../../model/index.js';
import type { Rule } from '../context.js';

const didYouMean = (name: string, candidates: Iterable<string>, list: string): string => {
  const guess = suggest(name, candidates);
  return guess ? `did you mean "${guess}"? (${list})` : list;
};

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
      const at = `links[${i}].channel[${k}]`;
      if (s.type === 'trace' && !findMaterial(catalog, s.material))
        out.push({
          severity: 'error',
          code: 'unknown-material',
          message: `${link.id}: PCB material "${s.material}" is not in the catalog`,
          modelPath: at,
          hint: didYouMean(
            s.material,
            catalog.materials.map((m) => m.id),
            'see rackwire catalog list',
          ),
        });
      if (s.type === 'connector' && !findConnector(catalog, s.part))
        out.push({
          severity: 'error',
          code: 'unknown-connector',
          message: `${link.id}: connector "${s.part}" is not in the catalog`,
          modelPath: at,
          hint: didYouMean(
            s.part,
            catalog.connectors.map((m) => m.id),
            'see rackwire catalog list',
          ),
        });
      if (s.type === 'cable' && !findCable(catalog, s.part))
        out.push({
          severity: 'error',
          code: 'unknown-cable',
          message: `${link.id}: cable "${s.part}" is not in the catalog`,
          modelPath: at,
          hint: didYouMean(
            s.part,
            catalog.cables.map((m) => m.id),
            'see rackwire catalog list',
          ),
        });
    });
  });
  return out;
};
