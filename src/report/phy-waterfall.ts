/** SVG waterfall of one link's loss: each item stacks on the last, per budget segment, against the budget line. */
import { genLabel, type LinkPhyResult } from '../phy/index.js';

export interface WaterfallOptions {
  /** Recommended margin (dB) drawn as a second line below the budget; omitted when null. */
  recommendedMarginDb?: number | null;
}

const BAR_W = 44;
const GAP = 12;
const SEG_GAP = 28;
const PLOT_H = 300;
const TOP = 56;
const LEFT = 56;
const LABEL_H = 150;
/** Room right of the plot for the budget and margin labels. */
const RIGHT_PAD = 190;
const COLORS = { loss: '#4e79a7', gain: '#59a14f', unknown: '#bab0ac', budget: '#e15759', margin: '#f28e2b' };

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number) => (Math.round(x * 10) / 10).toString();

export function phyWaterfallSvg(link: LinkPhyResult, opts: WaterfallOptions = {}): string {
  const budget = link.budgetDb;
  let peak = budget ?? 0;
  for (const seg of link.segments) {
    let cum = 0;
    for (const it of seg.items) peak = Math.max(peak, (cum += it.lossDb ?? 0));
  }
  const yMax = Math.max(1, peak * 1.1);
  const y = (db: number) => TOP + PLOT_H - (db / yMax) * PLOT_H;
  const items = link.segments.reduce((n, s) => n + s.items.length, 0);
  const plotEnd = LEFT + 10 + items * (BAR_W + GAP) + link.segments.length * SEG_GAP;
  const title = `${link.id}: ${link.gen === null ? link.protocol : genLabel(link.protocol, link.gen)} x${link.width}, ${link.verdict}`;
  // ~9 px per character of the 15 px bold title
  const width = Math.max(plotEnd + RIGHT_PAD, LEFT + title.length * 9);
  const height = TOP + PLOT_H + LABEL_H;
  const parts: string[] = [];
  parts.push(`<text x="${LEFT}" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`);
  parts.push(
    `<text x="${LEFT}" y="42" font-size="12">worst loss ${link.lossDb === null ? '-' : n1(link.lossDb)} dB, budget ${budget ?? '-'} dB, margin ${link.marginDb === null ? '-' : n1(link.marginDb)} dB</text>`,
  );
  for (let t = 0; t <= yMax; t += yMax > 40 ? 10 : 5) {
    parts.push(`<line x1="${LEFT - 4}" x2="${plotEnd}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/>`);
    parts.push(`<text x="${LEFT - 8}" y="${y(t) + 4}" font-size="10" text-anchor="end">${t}</text>`);
  }
  parts.push(
    `<text x="14" y="${TOP + PLOT_H / 2}" font-size="11" transform="rotate(-90 14 ${TOP + PLOT_H / 2})" text-anchor="middle">insertion loss (dB)</text>`,
  );
  let x = LEFT + 10;
  link.segments.forEach((seg, s) => {
    let cum = 0;
    for (const it of seg.items) {
      const d = it.lossDb ?? 0;
      const [a, b] = d >= 0 ? [cum + d, cum] : [cum, cum + d];
      const color = it.lossDb === null ? COLORS.unknown : d < 0 ? COLORS.gain : COLORS.loss;
      parts.push(
        `<rect x="${x}" y="${y(a)}" width="${BAR_W}" height="${Math.max(1, y(b) - y(a))}" fill="${color}"><title>${esc(`${it.label}: ${it.lossDb === null ? 'unknown' : n1(it.lossDb) + ' dB'}${it.note ? ` (${it.note})` : ''}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${x + BAR_W / 2}" y="${y(a) - 3}" font-size="9" text-anchor="middle">${it.lossDb === null ? '?' : n1(it.lossDb)}</text>`,
      );
      const lx = x + BAR_W / 2;
      const ly = TOP + PLOT_H + 10;
      parts.push(
        `<text x="${lx}" y="${ly}" font-size="10" transform="rotate(50 ${lx} ${ly})">${esc(it.label)}</text>`,
      );
      cum += d;
      x += BAR_W + GAP;
    }
    if (s < link.segments.length - 1) {
      parts.push(
        `<line x1="${x + SEG_GAP / 2 - GAP / 2}" x2="${x + SEG_GAP / 2 - GAP / 2}" y1="${TOP}" y2="${TOP + PLOT_H}" stroke="#333" stroke-dasharray="2 3"/>`,
      );
      parts.push(
        `<text x="${x + SEG_GAP / 2 - GAP / 2 + 4}" y="${TOP + 10}" font-size="10">${esc(seg.endsAt)} (budget reset)</text>`,
      );
    }
    x += SEG_GAP;
  });
  if (budget !== null) {
    parts.push(
      `<line x1="${LEFT}" x2="${plotEnd}" y1="${y(budget)}" y2="${y(budget)}" stroke="${COLORS.budget}" stroke-width="2"/>`,
    );
    parts.push(
      `<text x="${plotEnd + 6}" y="${y(budget) + 4}" font-size="11" fill="${COLORS.budget}">budget ${budget} dB</text>`,
    );
    const rec = opts.recommendedMarginDb ?? null;
    if (rec !== null) {
      parts.push(
        `<line x1="${LEFT}" x2="${plotEnd}" y1="${y(budget - rec)}" y2="${y(budget - rec)}" stroke="${COLORS.margin}" stroke-dasharray="6 4"/>`,
      );
      parts.push(
        `<text x="${plotEnd + 6}" y="${y(budget - rec) + 14}" font-size="11" fill="${COLORS.margin}">recommended margin ${n1(rec)} dB</text>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}
