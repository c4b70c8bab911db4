/**
 * A collective as a schedule of rounds: each round is a set of concurrent transfers that starts when the
 * previous round has been delivered everywhere (a barrier); `repeat` identical rounds run back to back.
 * This is the flow DAG of the issue in compact form: expand.ts turns it into explicit dependent transfers.
 */

export const COLLECTIVE_OPS = [
  'all_reduce',
  'all_gather',
  'reduce_scatter',
  'broadcast',
  'reduce',
  'all_to_all',
  'sendrecv',
] as const;
export type CollectiveOp = (typeof COLLECTIVE_OPS)[number];

export const ALGORITHMS = [
  'ring',
  'tree',
  'nvls',
  'nvls_tree',
  'hierarchical',
  'direct',
  'pairwise',
] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export interface Round {
  label: string;
  /** Fabric rank index of each transfer's source (SWITCH_ENDPOINT for an in-network reduction switch). */
  src: Int32Array;
  dst: Int32Array;
  bytes: Float64Array;
  /** Connection identity hashed by ECMP (NCCL channel / queue pair). */
  flowKey: Int32Array;
  repeat: number;
  /**
   * Whether an instance of this round pays latency (path latency + NCCL's per-step overhead). Ring steps do. In
   * chunk-pipelined algorithms (tree, chain, NVLS) only the rounds carrying the first chunk do: later chunks'
   * latency overlaps the transfer of the chunks ahead of them, so a pipeline of K chunks over D stages costs
   * (K + D - 1) chunk times + D latencies, and NCCL's tuning model likewise charges latency per algorithm step,
   * not per chunk (tuning.cc).
   */
  paysLatency: boolean;
}

export interface Schedule {
  op: CollectiveOp;
  algo: Algorithm;
  nRanks: number;
  rounds: Round[];
}

/** Collects transfers of one round. */
export class RoundBuilder {
  private readonly s: number[] = [];
  private readonly d: number[] = [];
  private readonly b: number[] = [];
  private readonly k: number[] = [];

  add(src: number, dst: number, bytes: number, flowKey: number): this {
    this.s.push(src);
    this.d.push(dst);
    this.b.push(bytes);
    this.k.push(flowKey);
    return this;
  }

  get size(): number {
    return this.s.length;
  }

  build(label: string, repeat = 1, paysLatency = true): Round {
    return {
      label,
      src: Int32Array.from(this.s),
      dst: Int32Array.from(this.d),
      bytes: Float64Array.from(this.b),
      flowKey: Int32Array.from(this.k),
      repeat,
      paysLatency,
    };
  }
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** True when two rounds move the same bytes between the same endpoints on the same connections. */
export const sameRound = (a: Round, b: Round): boolean =>
  a.paysLatency === b.paysLatency &&
  sameArray(a.src, b.src) &&
  sameArray(a.dst, b.dst) &&
  sameArray(a.bytes, b.bytes) &&
  sameArray(a.flowKey, b.flowKey);

/** A cheap fingerprint of a round (FNV-1a over endpoints, bytes and keys); equal rounds have equal hashes. */
export function roundHash(r: Round): number {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ (x | 0), 0x01000193);
    h = Math.imul(h ^ ((x / 4294967296) | 0), 0x01000193);
  };
  mix(r.src.length);
  mix(r.paysLatency ? 1 : 0);
  for (let i = 0; i < r.src.length; i++) {
    mix(r.src[i]!);
    mix(r.dst[i]!);
    mix(r.bytes[i]!);
    mix(r.flowKey[i]!);
  }
  return h >>> 0;
}

/** Merge consecutive identical rounds into one with a summed repeat; drops empty rounds. */
export function compactRounds(rounds: Round[]): Round[] {
  const out: Round[] = [];
  for (const r of rounds) {
    if (r.src.length === 0 || r.repeat === 0) continue;
    const last = out[out.length - 1];
    if (last && sameRound(last, r)) out[out.length - 1] = { ...last, repeat: last.repeat + r.repeat };
    else out.push(r);
  }
  return out;
}

/** Total transfers a schedule expands to (what the general engine must simulate). */
export const transferCount = (s: Schedule): number =>
  s.rounds.reduce((n, r) => n + r.src.length * r.repeat, 0);

/**
 * Rounds of a pipeline of `total` rounds whose rounds [fillEnd, drainStart) are identical: builds each fill and
 * drain round and one steady round with a repeat count, so a long pipeline costs O(fill + drain) to describe.
 */
export function pipelineRounds(
  total: number,
  fillEnd: number,
  drainStart: number,
  build: (t: number, repeat: number) => Round,
): Round[] {
  const rounds: Round[] = [];
  const steadyFrom = Math.min(fillEnd, total);
  const steadyTo = Math.max(steadyFrom, Math.min(drainStart, total));
  for (let t = 0; t < steadyFrom; t++) rounds.push(build(t, 1));
  if (steadyTo > steadyFrom) rounds.push(build(steadyFrom, steadyTo - steadyFrom));
  for (let t = steadyTo; t < total; t++) rounds.push(build(t, 1));
  return compactRounds(rounds);
}
