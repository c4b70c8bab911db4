/**
 * Parser for nccl-tests / rccl-tests output: finds each results table (the `#  size  count  type ...` header),
 * reads its rows (out-of-place and in-place time, algbw, busbw), and recomputes algbw/busbw from the measured
 * time with nccl-tests' own formulas so a calibration never trusts the printed bandwidth alone.
 * Lines that are not table rows (NCCL INFO logs, prose, `<snip>`) are skipped.
 */
import type { DraftIssue } from '../../model/index.js';
import { ncclTestsBandwidth, TYPE_BYTES, type DataType } from '../../sim/nccl/semantics.js';
import type { CollectiveOp } from '../../sim/traffic/schedule.js';

export interface MeasuredTiming {
  timeUs: number;
  algbwGBps: number;
  busbwGBps: number;
  /** Recomputed from timeUs with nccl-tests' formula. */
  algbwRecomputedGBps: number;
  busbwRecomputedGBps: number;
}

export interface MeasuredRow {
  line: number;
  sizeBytes: number;
  count: number;
  type: string;
  redop: string;
  root: number;
  outOfPlace: MeasuredTiming;
  inPlace: MeasuredTiming | null;
}

export interface NcclTestsRun {
  /** The op when the file names it (`all_gather_perf`, `-t all_gather`), else null. */
  op: CollectiveOp | null;
  /** Ranks counted from the `#  Rank N ...` device lines; null when absent. */
  nRanks: number | null;
  rows: MeasuredRow[];
  /** `# Avg bus bandwidth : X` when present. */
  avgBusBwGBps: number | null;
  issues: DraftIssue[];
}

const OP_ALIASES: Record<string, CollectiveOp> = {
  all_reduce: 'all_reduce',
  allreduce: 'all_reduce',
  all_gather: 'all_gather',
  allgather: 'all_gather',
  reduce_scatter: 'reduce_scatter',
  reducescatter: 'reduce_scatter',
  broadcast: 'broadcast',
  reduce: 'reduce',
  alltoall: 'all_to_all',
  all_to_all: 'all_to_all',
  sendrecv: 'sendrecv',
};

/** The op a line names (`all_gather_perf`, `-t all_gather`), else null. */
function opNamed(line: string): CollectiveOp | null {
  const m = /\b(all_reduce|all_gather|reduce_scatter|broadcast|reduce|alltoall|sendrecv)_perf\b/.exec(line);
  const t = /(?:^|\s)-t\s+(\w+)/.exec(line);
  const name = m?.[1] ?? t?.[1] ?? null;
  return name ? (OP_ALIASES[name] ?? null) : null;
}

const num = (s: string | undefined): number => (s === undefined ? Number.NaN : Number(s));

/** Parse one timing triple (time algbw busbw [#wrong]); null when the fields are not numbers. */
function timing(
  f: string[],
  at: number,
): Omit<MeasuredTiming, 'algbwRecomputedGBps' | 'busbwRecomputedGBps'> | null {
  const [timeUs, algbwGBps, busbwGBps] = [num(f[at]), num(f[at + 1]), num(f[at + 2])];
  return [timeUs, algbwGBps, busbwGBps].every(Number.isFinite) ? { timeUs, algbwGBps, busbwGBps } : null;
}

interface RunBuilder {
  op: CollectiveOp | null;
  ranks: Set<string>;
  rows: MeasuredRow[];
  issues: DraftIssue[];
  inTable: boolean;
  avgBusBwGBps: number | null;
}

const newRun = (op: CollectiveOp | null): RunBuilder => ({
  op,
  ranks: new Set(),
  rows: [],
  issues: [],
  inTable: false,
  avgBusBwGBps: null,
});

function readRow(run: RunBuilder, line: string, lineNo: number): void {
  const f = line.trim().split(/\s+/);
  if (f.length < 9 || !/^\d+$/.test(f[0]!) || !/^\d+$/.test(f[1]!) || !(f[2]! in TYPE_BYTES)) return;
  const oop = timing(f, 5);
  if (!oop) {
    run.issues.push({
      severity: 'warning',
      code: 'nccl-tests-bad-row',
      message: `line ${lineNo}: unreadable timing`,
      modelPath: `line ${lineNo}`,
    });
    return;
  }
  const inp = timing(f, 9);
  const blank = { algbwRecomputedGBps: Number.NaN, busbwRecomputedGBps: Number.NaN };
  run.rows.push({
    line: lineNo,
    sizeBytes: Number(f[0]),
    count: Number(f[1]),
    type: f[2]!,
    redop: f[3]!,
    root: Number(f[4]),
    outOfPlace: { ...oop, ...blank },
    inPlace: inp ? { ...inp, ...blank } : null,
  });
}

function finish(run: RunBuilder, ranksHint: number | null): NcclTestsRun {
  const nRanks = run.ranks.size > 0 ? run.ranks.size : ranksHint;
  const { op } = run;
  if (op !== null && nRanks !== null) {
    for (const row of run.rows) {
      const elt = TYPE_BYTES[row.type as DataType];
      for (const t of [row.outOfPlace, row.inPlace]) {
        if (!t) continue;
        const bw = ncclTestsBandwidth(op, row.count, elt, t.timeUs, nRanks);
        t.algbwRecomputedGBps = bw.algbwGBps;
        t.busbwRecomputedGBps = bw.busbwGBps;
      }
    }
  } else if (run.rows.length > 0) {
    run.issues.push({
      severity: 'warning',
      code: 'nccl-tests-unknown-shape',
      message: 'the op or the rank count is not stated; bandwidths not recomputed',
    });
  }
  return { op, nRanks, rows: run.rows, avgBusBwGBps: run.avgBusBwGBps, issues: run.issues };
}

/**
 * Every run in a text (a file may hold several, each starting at `# nThread ...` or at a table header; a copy
 * whose `#` comment marks were stripped, as in rendered docs, still reads). `opHint` names the op when the text
 * does not; `ranksHint` the rank count when it prints no `#  Rank` lines (trimmed output: the job's `-n`).
 */
export function parseNcclTests(text: string, opHint?: CollectiveOp, ranksHint?: number): NcclTestsRun[] {
  const runs: NcclTestsRun[] = [];
  let lastOp: CollectiveOp | null = opHint ?? null;
  let run: RunBuilder | null = null;
  const close = (): void => {
    if (run && run.rows.length > 0) runs.push(finish(run, ranksHint ?? null));
    run = null;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    lastOp = opNamed(line) ?? lastOp;
    if (/^#\s*nThread\s/.test(line)) {
      close();
      run = newRun(lastOp);
      return;
    }
    if (/^#?\s+size\s+count\s+type/.test(line)) {
      run ??= newRun(lastOp);
      run.inTable = true;
      return;
    }
    if (!run) return;
    const rank = /^#\s+Rank\s+(\d+)\s/.exec(line);
    if (rank) run.ranks.add(rank[1]!);
    const avg = /^#?\s*Avg bus bandwidth\s*:\s*([\d.]+)/.exec(line);
    if (avg) run.avgBusBwGBps = Number(avg[1]);
    if (run.inTable && !line.startsWith('#')) readRow(run, line, i + 1);
  });
  close();
  return runs;
}
