/**
 * nccl-tests semantics as pure functions (NVIDIA/nccl-tests @a0b82b22, src/common.cu setupArgs, src/*.cu
 * Get*CollByteCount and Get*Bw): what the size and count columns mean per op, and algbw/busbw.
 */
import { GIB, InputError, KIB, MIB } from '../../model/index.js';
import type { CollectiveOp } from '../traffic/schedule.js';

/** Bytes per element of the data types nccl-tests reports (float is the default -d). */
export const TYPE_BYTES = {
  int8: 1,
  uint8: 1,
  half: 2,
  bfloat16: 2,
  float: 4,
  int32: 4,
  double: 8,
  int64: 8,
};
export type DataType = keyof typeof TYPE_BYTES;

export interface NcclTestsCounts {
  /** The size column: max(send, recv) buffer bytes. */
  sizeBytes: number;
  /** The count column: elements passed to the NCCL call (per rank for all_gather/reduce_scatter/alltoall). */
  count: number;
}

/**
 * From a requested size (-b/-e sweep value) to the table's size and count. all_gather, reduce_scatter and
 * alltoall round count/nranks down to a multiple of 16 bytes: base = (count/n) & ~(16/elt - 1).
 */
export function ncclTestsCounts(
  op: CollectiveOp,
  requestedBytes: number,
  nRanks: number,
  eltBytes = 4,
): NcclTestsCounts {
  const count = Math.floor(requestedBytes / eltBytes);
  const align = Math.max(1, 16 / eltBytes);
  const base = Math.floor(Math.floor(count / nRanks) / align) * align;
  switch (op) {
    case 'all_gather':
    case 'reduce_scatter':
    case 'all_to_all':
      return { sizeBytes: base * nRanks * eltBytes, count: base };
    default:
      return { sizeBytes: count * eltBytes, count };
  }
}

/** The busbw / algbw factor of each op (nccl-tests Get*Bw). */
export function busBwFactor(op: CollectiveOp, nRanks: number): number {
  switch (op) {
    case 'all_reduce':
      return (2 * (nRanks - 1)) / nRanks;
    case 'all_gather':
    case 'reduce_scatter':
    case 'all_to_all':
      return (nRanks - 1) / nRanks;
    default:
      return 1;
  }
}

/** Bytes algbw counts: count x elt, times nRanks for all_gather, reduce_scatter and alltoall. */
export function algBwBytes(op: CollectiveOp, count: number, eltBytes: number, nRanks: number): number {
  const perRank = count * eltBytes;
  return op === 'all_gather' || op === 'reduce_scatter' || op === 'all_to_all' ? perRank * nRanks : perRank;
}

/** algbw and busbw in GB/s (10^9 B/s) for a time in microseconds. */
export function ncclTestsBandwidth(
  op: CollectiveOp,
  count: number,
  eltBytes: number,
  timeUs: number,
  nRanks: number,
): { algbwGBps: number; busbwGBps: number } {
  const algbwGBps = algBwBytes(op, count, eltBytes, nRanks) / 1e9 / (timeUs / 1e6);
  return { algbwGBps, busbwGBps: algbwGBps * busBwFactor(op, nRanks) };
}

/**
 * The largest size accepted: 1 TiB, far above any accelerator's memory (a B200 holds 192 GB, NVIDIA B200
 * datasheet), so a larger size is a typo rather than a question.
 */
export const MAX_SIZE_BYTES = 2 ** 40;

/**
 * nccl-tests parsesize: a number with an optional K/M/G suffix meaning 2^10/2^20/2^30. The result must be a
 * whole number of bytes from 1 to MAX_SIZE_BYTES ("1.5K" is 1536 bytes; "1.5" and "0" are refused).
 */
export function parseSize(text: string): number {
  const range = `a whole number of bytes from 1 to ${MAX_SIZE_BYTES} (1T), with an optional K/M/G suffix`;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)\s*$/.exec(text);
  if (!m)
    throw new InputError(`size '${text}' is not a number with an optional K/M/G suffix`, 'bad-size', [], {
      hint: `use ${range}, e.g. 8, 64K, 1G`,
    });
  const unit = { '': 1, k: KIB, m: MIB, g: GIB }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Number(m[1]) * unit;
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > MAX_SIZE_BYTES)
    throw new InputError(`size '${text}' is ${bytes} bytes`, 'bad-size', [], { hint: `use ${range}` });
  return bytes;
}

/** The sweep nccl-tests runs: min, min*f, ... while <= max (or min, min+step, ... with a byte step). */
export function sizeSweep(
  minBytes: number,
  maxBytes: number,
  step: { factor: number } | { bytes: number },
): number[] {
  if (!(minBytes > 0) || maxBytes < minBytes) {
    throw new InputError(`size range ${minBytes}..${maxBytes} is empty`, 'bad-size-range');
  }
  const out: number[] = [];
  for (let s = minBytes; s <= maxBytes; s = 'factor' in step ? s * step.factor : s + step.bytes) {
    out.push(s);
    if (('factor' in step && step.factor <= 1) || ('bytes' in step && step.bytes <= 0)) break;
  }
  return out;
}
