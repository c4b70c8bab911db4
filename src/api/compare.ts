/**
 * `compare`: the same figures for several designs side by side, so alternative fabrics (NVLink node, PCIe Gen6
 * switch fabric, UALink, Gen5 vs Gen6) can be judged on one workload. Each design is prepared once (load,
 * structure, physical layer, trained links, fabric); its row is computed by compare/ on that preparation.
 */
import { buildBom } from '../bom/index.js';
import { compareRow, type CompareResult, type CompareRow } from '../compare/index.js';
import { loadPriceFile } from '../io/index.js';
import { hasErrors, type DraftIssue, type Issue } from '../model/index.js';
import { alignTo } from './aligned.js';
import { prepareDesign, type PreparedDesign } from './prepare.js';

export { COMPARE_BYTES, type BusbwPair, type CompareResult, type CompareRow } from '../compare/index.js';

/** The design prepared for its row: structure, physical layer and, for a sound design, the path fabric. */
const prepared = (spec: string): PreparedDesign => prepareDesign(spec, { fabric: true });

/**
 * Checks every design (structure and physical layer) and computes its row; designs with errors get no row.
 * With `accelerators`, each design is first aligned to that count (see aligned.ts) and its row says how.
 */
export function compareDesigns(
  specs: string[],
  opts: { prices?: string; accelerators?: number } = {},
): CompareResult {
  const issues: Issue[] = [];
  const prices = opts.prices ? loadPriceFile(opts.prices) : null;
  if (prices) issues.push(...prices.issues);
  const rows: CompareRow[] = [];
  for (const given of specs) {
    const first = prepared(given);
    const aligned = opts.accelerators === undefined ? null : alignTo(given, first, opts.accelerators);
    if (aligned) issues.push(...aligned.issues);
    if (aligned && !aligned.spec) continue;
    const p = aligned && aligned.spec !== given ? prepared(aligned.spec!) : first;
    issues.push(...p.issues.filter((i) => i.severity !== 'info'));
    if (!p.design || !p.phy || !p.fabric || hasErrors(p.issues)) continue;
    const bom = buildBom(p.design, p.catalog, prices?.prices ?? null);
    issues.push(...p.locate(bom.issues.filter((i) => i.severity !== 'info')));
    // Collective warnings (assumed efficiencies behind a busbw figure) are reported, not dropped.
    const simIssues: DraftIssue[] = [];
    const input = {
      design: p.design,
      catalog: p.catalog,
      phy: p.phy,
      trained: p.trained,
      fabric: p.fabric,
      bom,
    };
    const row = compareRow(given, input, simIssues);
    rows.push({ ...row, basis: aligned?.basis ?? `as given: ${row.accelerators} accelerators` });
    const named = simIssues.map((i) => ({ ...i, message: `${p.design!.name}: ${i.message}` }));
    issues.push(...p.locate(named));
  }
  return { rows, currency: prices?.prices?.currency ?? null, issues };
}
