/** Renders the physical check: the per-link table (text) and the `links` array of `check --json`. */
import { genLabel, type LinkPhyResult, type PhyReport } from '../phy/index.js';

/** The `links` entries of `rackwire check --json`, in this exact shape (dB rounded to 0.01). */
export type PhyLinkJson = Pick<
  LinkPhyResult,
  | 'id'
  | 'gen'
  | 'width'
  | 'lossDb'
  | 'budgetDb'
  | 'marginDb'
  | 'retimersNeeded'
  | 'retimersPresent'
  | 'trainedGen'
  | 'trainedWidth'
  | 'verdict'
  | 'dominant'
> & { protocol: string };

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/** Margin as shown: rounded budget − rounded loss, so the three printed figures always add up. */
const shownMarginDb = (l: LinkPhyResult): number | null =>
  l.marginDb !== null && l.budgetDb !== null && l.lossDb !== null
    ? round2(round2(l.budgetDb)! - round2(l.lossDb)!)
    : round2(l.marginDb);

export const phyLinkJson = (l: LinkPhyResult): PhyLinkJson => ({
  id: l.id,
  protocol: l.protocol,
  gen: l.gen,
  width: l.width,
  lossDb: round2(l.lossDb),
  budgetDb: round2(l.budgetDb),
  marginDb: shownMarginDb(l),
  retimersNeeded: l.retimersNeeded,
  retimersPresent: l.retimersPresent,
  trainedGen: l.trainedGen,
  trainedWidth: l.trainedWidth,
  verdict: l.verdict,
  dominant: l.dominant,
});

export const phyLinksJson = (report: PhyReport): PhyLinkJson[] => report.links.map(phyLinkJson);

export interface PhyTableOptions {
  /** Show only links whose verdict is not `pass` (and not `unknown` without a channel). */
  onlyProblems?: boolean;
}

const dB = (x: number | null) => (x === null ? '-' : x.toFixed(2));
/** `pcie Gen5 x16`, `cxl Gen5 x16`, `nvlink gen 4 x2` (non-PCIe labels already name the protocol). */
function state(protocol: LinkPhyResult['protocol'], gen: number | null, width: number | null): string {
  const g = gen === null ? protocol : genLabel(protocol, gen);
  return `${g.startsWith(protocol) ? g : `${protocol} ${g}`} x${width ?? '?'}`;
}

const HEADER = [
  'link',
  'protocol gen x width',
  'loss dB',
  'budget dB',
  'margin dB',
  'retimers need/have',
  'trained',
  'verdict',
  'dominated by',
];
const RIGHT = new Set([2, 3, 4]);

function row(l: LinkPhyResult): string[] {
  return [
    l.id,
    state(l.protocol, l.gen, l.width),
    dB(l.lossDb),
    dB(l.budgetDb),
    dB(shownMarginDb(l)),
    `${l.retimersNeeded ?? '-'}/${l.retimersPresent}`,
    l.gen !== null && l.trainedGen === null
      ? 'none' // a generation was targeted and none trains
      : l.trainedGen === null && l.trainedWidth === null
        ? '-'
        : state(l.protocol, l.trainedGen, l.trainedWidth),
    l.verdict,
    l.dominant ?? '-',
  ];
}

/** The per-link table; loops rather than spreads so a million rows render. */
export function phyTable(report: PhyReport, opts: PhyTableOptions = {}): string {
  const links = opts.onlyProblems
    ? report.links.filter((l) => l.verdict === 'warn' || l.verdict === 'fail')
    : report.links;
  const rows = links.map(row);
  const widths = HEADER.map((h) => h.length);
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, c.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (RIGHT.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(HEADER), line(widths.map((w) => '-'.repeat(w)))];
  for (const r of rows) out.push(line(r));
  const counts = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const l of report.links) counts[l.verdict]++;
  out.push(
    `${report.links.length} links: ${counts.pass} pass, ${counts.warn} warn, ${counts.fail} fail, ${counts.unknown} unknown`,
  );
  return out.join('\n') + '\n';
}
