/**
 * The collective result as the `--json` object: exactly `{ op, algo, ranks, results: [{ bytes, count, algo,
 * timeUs, algbwGBps, busbwGBps }] }` (issue #6); `--explain` adds an `explain` object (routing, profile, and per
 * size the protocol, latency/bandwidth split and bottleneck links). Units are in the keys.
 */
import type { CollectiveResult } from '../sim/collective.js';

export interface CollectiveJsonRow {
  bytes: number;
  count: number;
  algo: string;
  timeUs: number;
  algbwGBps: number;
  busbwGBps: number;
}

export interface CollectiveExplainJson {
  routing: string;
  mode: string;
  profile: string | null;
  placement: string | null;
  /** Calibrated software latency per latency-paying step (µs); null unless the profile is calibrated. */
  stepLatencyUs: number | null;
  rows: {
    bytes: number;
    protocol: string;
    latencyUs: number;
    /** Latency-paying steps (2(n-1) for a ring all_reduce), what stepLatencyUs multiplies. */
    latencySteps: number;
    bandwidthUs: number;
    bottleneckLinks: string[];
    /** The tuning table: every candidate algorithm/protocol and its analytic time (µs), fastest first. */
    candidates: { algo: string; protocol: string; timeUs: number }[];
  }[];
}

export interface CollectiveJson {
  op: string;
  algo: string;
  ranks: number;
  results: CollectiveJsonRow[];
  explain?: CollectiveExplainJson;
}

/** Context the design-level run adds (profile, placement, calibrated latency); absent for bare fabrics. */
export interface CollectiveContext {
  profile?: string;
  placement?: string;
  stepLatencyUs?: number;
}

export function collectiveToJson(
  result: CollectiveResult,
  explain = false,
  ctx: CollectiveContext = {},
): CollectiveJson {
  const json: CollectiveJson = {
    op: result.op,
    algo: result.algo,
    ranks: result.ranks.length,
    results: result.results.map((r) => ({
      bytes: r.bytes,
      count: r.count,
      algo: r.algo,
      timeUs: r.timeUs,
      algbwGBps: r.algbwGBps,
      busbwGBps: r.busbwGBps,
    })),
  };
  if (!explain) return json;
  json.explain = {
    routing: result.routing,
    mode: result.mode,
    profile: ctx.profile ?? null,
    placement: ctx.placement ?? null,
    stepLatencyUs: ctx.stepLatencyUs ?? null,
    rows: result.results.map((r) => ({
      bytes: r.bytes,
      protocol: r.protocol,
      latencyUs: r.latencyUs,
      latencySteps: r.latencySteps,
      bandwidthUs: r.bandwidthUs,
      bottleneckLinks: r.bottleneckLinks,
      candidates: r.candidates,
    })),
  };
  return json;
}
