/**
 * Functions of a multi-function PCIe device (port 2 of a dual-port NIC) that have no link of their own: the
 * importers name the function holding the link in `infos.sharesLinkOf` (docs/import-export.md), and such a
 * function sits exactly where that one does. This is the one place perf reads `infos`; a model field would be
 * cleaner (see the lead's note in docs/paths.md).
 */
import type { Design } from '../model/index.js';

/** Function id → id of the function whose PCIe link it shares; only linkless functions whose holder is linked. */
export function linkHolders(design: Design): Map<string, string> {
  const linked = new Set<string>();
  for (const l of design.links) linked.add(l.from.component).add(l.to.component);
  const out = new Map<string, string>();
  for (const c of design.components) {
    const holder = c.infos.sharesLinkOf;
    if (holder && !linked.has(c.id) && linked.has(holder)) out.set(c.id, holder);
  }
  return out;
}
