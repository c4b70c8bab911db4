/** The bill of materials: lines by category, a vendor summary of interconnect silicon, power roll-ups. */
import type { Catalog } from '../catalog/index.js';
import type { Design, DraftIssue } from '../model/index.js';
import { bomItems, type BomItem } from './items.js';
import { powerRollups } from './power.js';
import { BOM_CATEGORIES, type Bom, type BomLine, type PriceList, type VendorSummary } from './types.js';

const sumOrNull = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

function lines(items: BomItem[], prices: PriceList | null): BomLine[] {
  const byKey = new Map<string, BomLine>();
  for (const item of items) {
    const key = `${item.category}\u0000${item.part}`;
    const line = byKey.get(key);
    if (line) line.quantity += item.quantity;
    else
      byKey.set(key, {
        category: item.category,
        part: item.part,
        name: item.name,
        vendor: item.vendor,
        quantity: item.quantity,
        unitPowerW: item.unitPowerW,
        powerW: null,
        unitPrice: prices?.prices[item.part] ?? null,
        price: null,
      });
  }
  const out = [...byKey.values()];
  for (const l of out) {
    l.powerW = l.unitPowerW === null ? null : l.unitPowerW * l.quantity;
    l.price = l.unitPrice === null ? null : l.unitPrice * l.quantity;
  }
  const rank = (l: BomLine) => BOM_CATEGORIES.indexOf(l.category);
  return out.sort(
    (a, b) => rank(a) - rank(b) || a.vendor.localeCompare(b.vendor) || a.part.localeCompare(b.part),
  );
}

function byVendor(items: BomItem[]): VendorSummary[] {
  const groups = new Map<string, VendorSummary>();
  for (const item of items) {
    if (item.domain === null) continue;
    const key = `${item.vendor}\u0000${item.domain}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { vendor: item.vendor, domain: item.domain, parts: [] }));
    const p = g.parts.find((x) => x.part === item.part);
    if (p) p.quantity += item.quantity;
    else g.parts.push({ part: item.part, quantity: item.quantity });
  }
  const order = ['server', 'scale-up', 'scale-out'];
  return [...groups.values()]
    .map((g) => ({ ...g, parts: g.parts.sort((a, b) => a.part.localeCompare(b.part)) }))
    .sort((a, b) => a.vendor.localeCompare(b.vendor) || order.indexOf(a.domain) - order.indexOf(b.domain));
}

export function buildBom(design: Design, catalog: Catalog, prices: PriceList | null = null): Bom {
  const items = bomItems(design, catalog);
  const bomLines = lines(items, prices);
  const issues: DraftIssue[] = [];
  if (prices) {
    const missing = bomLines.filter((l) => l.unitPrice === null).map((l) => l.part);
    if (missing.length)
      issues.push({
        // A warning, not an error: the BOM still prints what it can price, and lists the rest (issue #16).
        severity: 'warning',
        code: 'price-missing',
        message: `the price file has no price for ${missing.length} part${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
        hint: `add ${missing[0]}: <unit price> under prices:`,
      });
  }
  const unknown = bomLines.filter((l) => l.unitPowerW === null);
  if (unknown.length)
    issues.push({
      severity: 'info',
      code: 'power-unknown',
      message: `no sourced power for ${unknown.map((l) => `${l.part} (x${l.quantity})`).join(', ')}: left out of the power totals`,
    });
  const power = powerRollups(design, items);
  for (const r of power)
    if (r.limitW !== null && r.powerW > r.limitW)
      issues.push({
        severity: 'warning',
        code: 'rack-power-exceeded',
        message: `${r.id} draws ${(r.powerW / 1000).toFixed(1)} kW (known parts only), over its ${(r.limitW / 1000).toFixed(1)} kW limit`,
        hint: 'move nodes to another rack or raise settings.rackPower',
      });
  const knownPower = bomLines.reduce((a, l) => a + (l.powerW ?? 0), 0);
  return {
    lines: bomLines,
    byVendor: byVendor(items),
    power,
    totals: {
      powerW: knownPower,
      price: prices ? sumOrNull(bomLines.map((l) => l.price)) : null,
      pricedTotal: prices ? bomLines.reduce((a, l) => a + (l.price ?? 0), 0) : null,
      unpriced: prices
        ? bomLines.filter((l) => l.unitPrice === null).map((l) => ({ part: l.part, quantity: l.quantity }))
        : [],
      currency: prices?.currency ?? null,
    },
    issues,
  };
}
