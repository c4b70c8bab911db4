/**
 * The design review report: one self-contained HTML page (inline CSS and SVG, no script, no external request) with
 * the summary, topology drawing, physical table and worst-link waterfalls, path matrices as heat maps with the
 * class matrix, busbw-vs-size charts with the algorithm at each size, the BOM by domain, power and every issue.
 */
import { busbwChart, heatmapChart, sizeLabel } from './charts.js';
import type { ReportCollective, ReportData } from './types.js';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v: number | null, digits = 1): string => (v === null ? '–' : v.toFixed(digits));

const CSS = `
body{font:14px/1.45 Helvetica,Arial,sans-serif;color:#222;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #3d6aa8;padding-bottom:4px;margin-top:36px}
nav a{margin-right:14px;color:#3d6aa8;text-decoration:none}
table{border-collapse:collapse;margin:8px 0;font-size:12px}td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}
th{background:#eef1f5}td.l,th.l{text-align:left}
.pass{color:#2e7d32}.warn{color:#b07800}.fail{color:#d32f2f;font-weight:bold}.unknown{color:#777}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ccc;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}.fig{overflow-x:auto;margin:8px 0}.fig svg{max-width:100%;height:auto}
.note{color:#555;font-size:12px}
@media print{body{max-width:none;padding:0}nav{display:none}h2{break-before:page}.fig svg{max-width:100%}}
`;

function table(head: string[], rows: string[][], leftCols = 1): string {
  const cls = (i: number) => (i < leftCols ? ' class="l"' : '');
  return `<table><thead><tr>${head.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function summary(d: ReportData): string {
  const v = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const l of d.phyLinks) v[l.verdict]++;
  const sev = (s: string) => d.issues.filter((i) => i.severity === s).length;
  const cards: [string, string][] = [
    ['accelerators', String(d.counts.accelerators)],
    ['NICs', String(d.counts.nics)],
    ['switches', String(d.counts.switches)],
    ['links', String(d.counts.links)],
    ['links pass / warn / fail / unknown', `${v.pass} / ${v.warn} / ${v.fail} / ${v.unknown}`],
    ['errors / warnings', `${sev('error')} / ${sev('warning')}`],
    ['power (W)', d.bom.totals.powerW.toFixed(0)],
  ];
  return `<section id="summary"><h2>Summary</h2><div class="cards">${cards
    .map(([k, x]) => `<div class="card"><b>${esc(x)}</b>${esc(k)}</div>`)
    .join('')}</div></section>`;
}

function physical(d: ReportData): string {
  const worst = [...d.phyLinks]
    .sort((a, b) => (a.marginDb ?? Infinity) - (b.marginDb ?? Infinity))
    .slice(0, 25);
  const rows = worst.map((l) => [
    esc(l.id),
    esc(l.protocol),
    l.gen === null ? '–' : `Gen${l.gen} x${l.width}`,
    num(l.lossDb),
    num(l.budgetDb),
    num(l.marginDb),
    l.retimersNeeded === null ? '–' : String(l.retimersNeeded),
    l.trainedGen === null ? '–' : `Gen${l.trainedGen} x${l.trainedWidth ?? '?'}`,
    `<span class="${l.verdict}">${l.verdict}</span>`,
  ]);
  const wf = d.waterfalls.map((w) => `<h3>${esc(w.linkId)}</h3><div class="fig">${w.svg}</div>`).join('');
  return `<section id="physical"><h2>Physical layer</h2><p class="note">The ${worst.length} links with the smallest margin of ${d.phyLinks.length} (loss and budget in dB at the link's Nyquist frequency).</p>${table(
    [
      'link',
      'protocol',
      'designed',
      'loss dB',
      'budget dB',
      'margin dB',
      'retimers needed',
      'trains at',
      'verdict',
    ],
    rows,
    2,
  )}${wf ? `<h3>Loss waterfalls of the worst links</h3>${wf}` : ''}</section>`;
}

function paths(d: ReportData): string {
  const m = d.matrices;
  if (!m || m.devices.length < 2)
    return `<section id="paths"><h2>Paths</h2><p class="note">Fewer than two accelerators: no device-pair matrix.</p></section>`;
  const labels = m.devices.map((id) => id.split('/').slice(-1)[0]!);
  const cells = (get: (i: number, j: number) => number | null) =>
    m.devices.map((_, i) => m.devices.map((__, j) => (i === j ? null : get(i, j))));
  const bw = heatmapChart(
    `P2P bandwidth per direction (GB/s, ${m.profile} profile)`,
    labels,
    cells((i, j) => m.bwGBps[i]![j]!),
  );
  const cls = table(
    ['', ...labels],
    m.devices.map((_, i) => [
      esc(labels[i]!),
      ...m.devices.map((__, j) => (i === j ? 'X' : esc(m.class[i]![j] ?? ''))),
    ]),
  );
  return `<section id="paths"><h2>Paths</h2><div class="fig">${bw}</div><h3>Class matrix (nvidia-smi topo -m)</h3>${cls}</section>`;
}

function collectiveTable(c: ReportCollective): string {
  return table(
    ['size', 'algorithm', 'protocol', 'time µs', 'busbw GB/s'],
    c.rows.map((r) => [
      sizeLabel(r.bytes),
      esc(r.algo),
      esc(r.protocol),
      r.timeUs.toFixed(1),
      r.busbwGBps.toFixed(1),
    ]),
    3,
  );
}

function collectives(d: ReportData): string {
  const shown = d.collectives.filter((c) => c.rows.length > 0);
  const skipped = d.collectives.filter((c) => c.rows.length === 0);
  const chart = shown.length
    ? busbwChart(
        'busbw against message size (auto: the algorithm NCCL would pick)',
        shown.map((c) => ({
          name: c.op,
          points: c.rows.map((r) => [r.bytes, r.busbwGBps, `${r.algo}/${r.protocol}`]),
        })),
      )
    : '';
  return `<section id="collectives"><h2>Collectives</h2>${chart ? `<div class="fig">${chart}</div>` : ''}${shown
    .map((c) => `<h3>${esc(c.op)}</h3>${collectiveTable(c)}`)
    .join(
      '',
    )}${skipped.map((c) => `<p class="note">${esc(c.op)}: ${esc(c.skipped ?? 'not run')}</p>`).join('')}</section>`;
}

function bom(d: ReportData): string {
  const lines = table(
    ['part', 'category', 'vendor', 'qty', 'unit W', 'W'],
    d.bom.lines.map((l) => [
      esc(l.part),
      esc(l.category),
      esc(l.vendor),
      String(l.quantity),
      num(l.unitPowerW),
      num(l.powerW),
    ]),
    3,
  );
  const vendors = table(
    ['domain', 'vendor', 'parts'],
    d.bom.byVendor.map((v) => [
      esc(v.domain),
      esc(v.vendor),
      esc(v.parts.map((p) => `${p.quantity}× ${p.part}`).join(', ')),
    ]),
    3,
  );
  const power = table(
    ['container', 'level', 'power W', 'parts of unknown power', 'limit W'],
    d.bom.power.map((p) => [
      esc(p.id),
      p.level,
      p.powerW.toFixed(0),
      String(p.unknownPowerParts),
      num(p.limitW, 0),
    ]),
    2,
  );
  return `<section id="bom"><h2>Bill of materials</h2>${lines}<h3>Interconnect vendors by domain</h3>${vendors}<h3>Power</h3>${power}</section>`;
}

function issues(d: ReportData): string {
  if (d.issues.length === 0) return `<section id="issues"><h2>Issues</h2><p>None.</p></section>`;
  return `<section id="issues"><h2>Issues</h2>${table(
    ['severity', 'code', 'where', 'message', 'hint'],
    d.issues.map((i) => [
      `<span class="${i.severity === 'error' ? 'fail' : i.severity === 'warning' ? 'warn' : 'unknown'}">${i.severity}</span>`,
      esc(i.code),
      esc(i.line ? `${i.file}:${i.line}:${i.column ?? 1}` : (i.file ?? '')),
      esc(i.message),
      esc(i.hint ?? ''),
    ]),
    5,
  )}</section>`;
}

export function reportHtml(d: ReportData): string {
  const sections = [
    summary(d),
    `<section id="topology"><h2>Topology</h2><div class="fig">${d.drawingSvg}</div></section>`,
    physical(d),
    paths(d),
    collectives(d),
    bom(d),
    issues(d),
  ];
  const nav = ['summary', 'topology', 'physical', 'paths', 'collectives', 'bom', 'issues']
    .map((id) => `<a href="#${id}">${id}</a>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(d.title)}: rackwire design report</title><style>${CSS}</style></head>
<body><h1>${esc(d.title)}</h1><p class="note">${esc(d.file)} · ${esc(d.generatedBy)}</p><nav>${nav}</nav>
${sections.join('\n')}
</body></html>
`;
}
