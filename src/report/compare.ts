/** Renders a design comparison: one column per design, one row per figure, rows that differ marked. */
import type { CompareResult, CompareRow } from '../compare/index.js';
import { table } from './table.js';

type Cell = string | number | null;

const fmt = (v: Cell, digits = 1): string =>
  v === null ? '-' : typeof v === 'number' ? Number(v.toFixed(digits)).toString() : v;

/** Every figure as [label, value per row]; labels carry units. */
function figures(rows: CompareRow[]): [string, Cell[]][] {
  const cables = [...new Set(rows.flatMap((r) => Object.keys(r.cablesByType)))].sort();
  return [
    ['basis', rows.map((r) => r.basis)],
    ['accelerators', rows.map((r) => r.accelerators)],
    ['scale-up domain (accelerators)', rows.map((r) => r.scaleUpDomainSize)],
    ['scale-up GB/s per accelerator (raw, per dir)', rows.map((r) => r.scaleUpGBpsPerAccelerator.rawGBps)],
    ['all_reduce busbw GB/s, 1 GiB, in domain', rows.map((r) => r.allReduceBusbwGBps.domainGBps)],
    ['all_reduce busbw GB/s, 1 GiB, whole design', rows.map((r) => r.allReduceBusbwGBps.wholeGBps)],
    ['all_to_all busbw GB/s, 1 GiB, in domain', rows.map((r) => r.allToAllBusbwGBps.domainGBps)],
    ['all_to_all busbw GB/s, 1 GiB, whole design', rows.map((r) => r.allToAllBusbwGBps.wholeGBps)],
    ['P2P hardware latency ns (median, in domain)', rows.map((r) => r.p2pLatencyNs)],
    ['worst physical margin dB', rows.map((r) => r.worstMarginDb)],
    ['retimers', rows.map((r) => r.retimers)],
    ['PCIe switches', rows.map((r) => r.pcieSwitches)],
    ['scale-up switches', rows.map((r) => r.scaleUpSwitches)],
    ['scale-out switches', rows.map((r) => r.scaleOutSwitches)],
    ...cables.map((c): [string, Cell[]] => [`cables: ${c}`, rows.map((r) => r.cablesByType[c] ?? 0)]),
    ['power kW (known parts)', rows.map((r) => r.powerW / 1000)],
    ['parts of unknown power (not in kW)', rows.map((r) => r.unknownPowerParts)],
    ['price', rows.map((r) => r.price)],
  ];
}

export function compareText(result: CompareResult): string {
  const rows = figures(result.rows).map(([label, values]) => {
    const differs = new Set(values.map((v) => fmt(v))).size > 1;
    return [`${differs ? '* ' : '  '}${label}`, ...values.map((v) => fmt(v))];
  });
  const header = ['', ...result.rows.map((r) => r.name)];
  const right = new Set(result.rows.map((_, i) => i + 1));
  return [table(header, rows, { right }), '', '* the designs differ in this row'].join('\n');
}

/** The result fields of `compare --json` (the CLI wraps them in the { ok, issues } envelope). */
export const compareJson = (result: CompareResult): Record<string, unknown> => ({
  bytes: 2 ** 30,
  currency: result.currency,
  designs: result.rows,
});
