/** The library's bill-of-materials entry point: load, check, then roll up parts, power and prices. */
import { buildBom, type Bom } from '../bom/index.js';
import { loadPriceFile } from '../io/index.js';
import { hasErrors, type Issue } from '../model/index.js';
import { checkDesign } from './check.js';

export interface BomResult {
  file: string;
  bom: Bom | null;
  issues: Issue[];
}

export function bomOfDesign(spec: string, opts: { prices?: string } = {}): BomResult {
  const checked = checkDesign(spec, { phy: false });
  const issues = [...checked.issues];
  const prices = opts.prices ? loadPriceFile(opts.prices) : null;
  if (prices) issues.push(...prices.issues);
  if (!checked.design || hasErrors(issues)) return { file: checked.file, bom: null, issues };
  const bom = buildBom(checked.design, checked.catalog, prices?.prices ?? null);
  // BOM findings concern the price file (a missing price) or the design as a whole.
  const located = bom.issues.map((d) => ({
    ...checked.loaded.locate([d])[0]!,
    file: d.code === 'price-missing' ? opts.prices! : checked.file,
  }));
  return { file: checked.file, bom, issues: [...issues, ...located] };
}
