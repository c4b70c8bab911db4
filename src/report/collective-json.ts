/** The collective result as the `--json` object: nccl-tests columns with units in the keys, absent values null. */
import type { CollectiveResult } from '../sim/collective.js';

export interface CollectiveJson {
  op: string;
  algo: string;
  ranks: number;
  routing: string;
  mode: string;
  results: {
    bytes: number;
    count: number;
    algo: string;
    protocol: string;
    timeUs: number;
    algbwGBps: number;
    busbwGBps: number;
    latencyUs: number | null;
    bandwidthUs: number | null;
    bottleneckLinks: string[] | null;
  }[];
  issues: { severity: string; code: string; message: string }[];
}

export function collectiveToJson(result: CollectiveResult, explain = false): CollectiveJson {
  return {
    op: result.op,
    algo: result.algo,
    ranks: result.ranks.length,
    routing: result.routing,
    mode: result.mode,
    results: result.results.map((r) => ({
      bytes: r.bytes,
      count: r.count,
      algo: r.algo,
      protocol: r.protocol,
      timeUs: r.timeUs,
      algbwGBps: r.algbwGBps,
      busbwGBps: r.busbwGBps,
      latencyUs: explain ? r.latencyUs : null,
      bandwidthUs: explain ? r.bandwidthUs : null,
      bottleneckLinks: explain ? r.bottleneckLinks : null,
    })),
    issues: result.issues.map((i) => ({ severity: i.severity, code: i.code, message: i.message })),
  };
}
