/** Renders a bill of materials as text tables, CSV and the `--json` object. */
import type { Bom } from '../bom/index.js';
import { table } from './table.js';

const num = (v: number | null, digits = 1): string => (v === null ? '-' : v.toFixed(digits));

export function bomJson(bom: Bom): Record<string, unknown> {
  return {
    lines: bom.lines.map((l) => ({
      category: l.category,
      part: l.part,
      vendor: l.vendor,
      quantity: l.quantity,
      unitPowerW: l.unitPowerW,
      powerW: l.powerW,
      unitPrice: l.unitPrice,
      price: l.price,
    })),
    byVendor: bom.byVendor,
    power: bom.power,
    totals: {
      powerW: bom.totals.powerW,
      price: bom.totals.price,
      pricedTotal: bom.totals.pricedTotal,
      unpriced: bom.totals.unpriced,
      currency: bom.totals.currency,
    },
  };
}

const CSV_COLUMNS = [
  'category',
  'part',
  'name',
  'vendor',
  'quantity',
  'unitPowerW',
  'powerW',
  'unitPrice',
  'price',
] as const;

/** RFC 4180 CSV: fields with commas, quotes or newlines are quoted, quotes doubled. */
const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const bomCsv = (bom: Bom): string =>
  [CSV_COLUMNS.join(','), ...bom.lines.map((l) => CSV_COLUMNS.map((c) => csvField(l[c])).join(','))].join(
    '\n',
  ) + '\n';

export function bomText(bom: Bom): string {
  const right = new Set([3, 4, 5, 6, 7]);
  const lines = table(
    ['category', 'part', 'vendor', 'qty', 'unit W', 'W', 'unit price', 'price'],
    bom.lines.map((l) => [
      l.category,
      l.part,
      l.vendor,
      String(l.quantity),
      num(l.unitPowerW),
      num(l.powerW),
      num(l.unitPrice, 2),
      num(l.price, 2),
    ]),
    { right },
  );
  const vendors = table(
    ['vendor', 'domain', 'parts'],
    bom.byVendor.map((v) => [v.vendor, v.domain, v.parts.map((p) => `${p.part} x${p.quantity}`).join(', ')]),
  );
  const power = table(
    ['container', 'level', 'kW (known parts)', 'parts of unknown power', 'limit kW'],
    bom.power.map((p) => [
      p.id,
      p.level,
      num(p.powerW / 1000, 2),
      String(p.unknownPowerParts),
      p.limitW === null ? '-' : num(p.limitW / 1000, 1),
    ]),
  );
  const t = bom.totals;
  const gaps = bom.lines.filter((l) => l.unitPowerW === null);
  const powerGap = gaps.length
    ? ` + unknown: ${gaps.map((l) => `${l.part} x${l.quantity}`).join(', ')} (not counted)`
    : '';
  const price =
    t.pricedTotal === null
      ? ''
      : t.unpriced.length === 0
        ? `, ${num(t.pricedTotal, 2)} ${t.currency}`
        : `\npriced lines: ${num(t.pricedTotal, 2)} ${t.currency}; unpriced (not in the total): ${t.unpriced.map((u) => `${u.part} x${u.quantity}`).join(', ')}`;
  const total = `total: ${num(t.powerW / 1000, 2)} kW of known power${powerGap}${price}`;
  return [
    'Bill of materials',
    lines,
    '',
    'Interconnect silicon by vendor',
    vendors,
    '',
    'Power',
    power,
    '',
    total,
  ].join('\n');
}
