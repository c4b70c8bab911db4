/** Structural validation of a design: every rule runs and every problem is collected before returning. */
import type { Catalog } from '../catalog/index.js';
import type { Design, DraftIssue } from '../model/index.js';
import { buildContext, type Rule } from './context.js';
import { channelDevices } from './rules/channel-devices.js';
import { duplicateIds } from './rules/ids.js';
import { linkEnds } from './rules/link-ends.js';
import { unknownParts } from './rules/parts.js';
import { pcieTree } from './rules/pcie-tree.js';
import { portUsage } from './rules/port-usage.js';
import { unknownStandards } from './rules/standards.js';

export const STRUCTURAL_RULES: readonly Rule[] = [
  duplicateIds,
  unknownParts,
  linkEnds,
  portUsage,
  pcieTree,
  channelDevices,
  unknownStandards,
];

export interface StructuralReport {
  issues: DraftIssue[];
}

export function checkStructure(design: Design, catalog: Catalog): StructuralReport {
  const ctx = buildContext(design, catalog);
  return { issues: STRUCTURAL_RULES.flatMap((rule) => rule(ctx)) };
}
