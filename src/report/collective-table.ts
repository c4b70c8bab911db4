/**
 * The collective result as nccl-tests prints it (NVIDIA/nccl-tests @a0b82b22 src/util.cu: writeResultHeader,
 * writeBenchmarkLinePreamble "%12li  %12li  %8s  %6s  %6s", writeBenchmarkLineBody "  %7s  %6s  %6s" with
 * getFloatStr), out-of-place columns only, plus an `algo` column naming the algorithm/protocol each row used.
 */
import type { CollectiveResult, CollectiveRow } from '../sim/collective.js';
import type { CollectiveOp } from '../sim/traffic/index.js';

const pad = (s: string, width: number): string => s.padStart(width);

/** nccl-tests getFloatStr: %.2f, else %.1f, else %.0f, else exponent, whichever fits the width. */
export function ncclFloat(value: number, width: number): string {
  for (const digits of [2, 1, 0]) {
    const s = value.toFixed(digits);
    if (s.length <= width) return pad(s, width);
  }
  const e = value.toExponential(width >= 7 ? 1 : 0).replace(/e([+-])(\d)$/, 'e$10$2');
  return pad(e, width);
}

/** The redop and root columns nccl-tests prints for each op (float sum is the default -o). */
export function redopAndRoot(op: CollectiveOp): { redop: string; root: number } {
  const reduces = op === 'all_reduce' || op === 'reduce' || op === 'reduce_scatter';
  const rooted = op === 'broadcast' || op === 'reduce';
  return { redop: reduces ? 'sum' : 'none', root: rooted ? 0 : -1 };
}

export function collectiveRowLine(op: CollectiveOp, row: CollectiveRow, type = 'float'): string {
  const { redop, root } = redopAndRoot(op);
  return (
    `${pad(String(row.bytes), 12)}  ${pad(String(row.count), 12)}  ${pad(type, 8)}  ${pad(redop, 6)}  ${pad(String(root), 6)}` +
    `  ${ncclFloat(row.timeUs, 7)}  ${ncclFloat(row.algbwGBps, 6)}  ${ncclFloat(row.busbwGBps, 6)}  ${row.algo}/${row.protocol}`
  );
}

export function renderCollectiveTable(result: CollectiveResult, fabricDescription: string): string {
  const h = (a: string[], tail: string): string =>
    `# ${pad(a[0]!, 10)}  ${pad(a[1]!, 12)}  ${pad(a[2]!, 8)}  ${pad(a[3]!, 6)}  ${pad(a[4]!, 6)}  ${pad(a[5]!, 7)}  ${pad(a[6]!, 6)}  ${pad(a[7]!, 6)}  ${tail}`;
  const lines = [
    `# rackwire collective: ${result.op}, ${result.ranks.length} ranks, algo ${result.algo}, ` +
      `routing ${result.routing}, ${result.mode === 'flow' ? 'flow-level simulation' : 'analytic alpha-beta model'}`,
    `# fabric: ${fabricDescription}`,
    '#',
    h(['size', 'count', 'type', 'redop', 'root', 'time', 'algbw', 'busbw'], 'algo'),
    h(['(B)', '(elements)', '', '', '', '(us)', '(GB/s)', '(GB/s)'], ''),
    ...result.results.map((r) => collectiveRowLine(result.op, r)),
  ];
  const avg = result.results.reduce((s, r) => s + r.busbwGBps, 0) / Math.max(1, result.results.length);
  lines.push(`# ${'Avg bus bandwidth'.padEnd(20)} : ${Number(avg.toPrecision(6))}`, '#');
  return lines.map((l) => l.trimEnd()).join('\n') + '\n';
}

/**
 * --explain: per size, the time split into latency and bandwidth and the links that bound it, then the tuning
 * table (each candidate algorithm/protocol with its analytic time; the lowest wins).
 */
export function renderCollectiveExplain(result: CollectiveResult): string {
  const lines = [
    '# explain: time = latency (steps x per-step latency + base) + bandwidth (bytes on the bottleneck)',
    '#   tuning: every candidate algorithm/protocol with its analytic time in us (base + step latencies + bandwidth), lowest first: the first wins',
  ];
  for (const r of result.results) {
    lines.push(
      `# ${pad(String(r.bytes), 12)} B  ${r.algo}/${r.protocol}: latency ${r.latencyUs.toFixed(2)} us, ` +
        `bandwidth ${r.bandwidthUs.toFixed(2)} us; bottleneck ${r.bottleneckLinks.join(', ') || 'none'}`,
    );
    if (r.candidates.length > 1)
      lines.push(
        `#   tuning: ${r.candidates.map((c) => `${c.algo}/${c.protocol} ${c.timeUs.toFixed(2)}`).join(', ')}`,
      );
  }
  return lines.join('\n') + '\n';
}
