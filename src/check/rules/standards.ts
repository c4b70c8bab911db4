/** A link's generation names a standard the catalog knows (PCIe and CXL use PCIe's electricals). */
import { findStandard } from '../../catalog/index.js';
import type { DraftIssue, Protocol } from '../../model/index.js';
import type { Rule } from '../context.js';

/** Protocols whose `gen` indexes catalog standards, and the standard family each uses. */
const GEN_FAMILY: Partial<Record<Protocol, Protocol>> = {
  pcie: 'pcie',
  cxl: 'pcie',
  nvlink: 'nvlink',
  ualink: 'ualink',
};

export const unknownStandards: Rule = ({ design, catalog }) => {
  const out: DraftIssue[] = [];
  design.links.forEach((link, i) => {
    const family = GEN_FAMILY[link.protocol];
    if (link.gen === null || !family) return;
    if (!findStandard(catalog, family, link.gen)) {
      const known = catalog.standards.filter((s) => s.protocol === family).map((s) => s.gen);
      out.push({
        severity: 'error',
        code: 'unknown-standard',
        message: `${link.id}: ${family} generation ${link.gen} is not in the catalog`,
        modelPath: `links[${i}].gen`,
        hint: `known ${family} generations: ${known.join(', ')}`,
      });
    }
  });
  return out;
};
