/**
 * Analytic alpha-beta estimate of a schedule: each round costs alpha (its longest path latency plus per-step
 * overhead) plus beta (its most loaded link's bytes over that link's capacity). Exact for rounds whose flows all
 * share their bottleneck evenly; a lower bound on the flow engine otherwise (no max-min dynamics).
 * One pass serves every protocol: beta scales with 1/bwFactor and alpha takes the overhead per path class.
 */
import { bytesPerPsFromGBps, psFromNs } from '../../model/index.js';
import { routeTransfer } from '../routing.js';
import type { RoutingMode, SimFabric, StepOverheadPs } from '../fabric.js';
import type { Schedule } from '../traffic/schedule.js';

export interface AnalyticRound {
  label: string;
  repeat: number;
  paysLatency: boolean;
  /** Longest path latency among the round's scale-up-only paths and among paths with a scale-out hop, ps. */
  scaleupLatencyPs: number;
  scaleoutLatencyPs: number;
  hasScaleup: boolean;
  hasScaleout: boolean;
  bandwidthPs: number;
  /** Index of the link that bounds the round's bandwidth term (-1 for an empty round). */
  bottleneckLink: number;
}

export interface AnalyticResult {
  timePs: number;
  latencyPs: number;
  bandwidthPs: number;
  rounds: AnalyticRound[];
}

export function analyzeRounds(fabric: SimFabric, schedule: Schedule, routing: RoutingMode): AnalyticRound[] {
  const capacity = fabric.links.map((l) => bytesPerPsFromGBps(l.capacityGBps));
  const latency = fabric.links.map((l) => psFromNs(l.latencyNs));
  const load = new Float64Array(fabric.links.length);
  const count = new Int32Array(fabric.links.length);
  return schedule.rounds.map((round) => {
    const touched: number[] = [];
    let scaleupLatencyPs = 0;
    let scaleoutLatencyPs = 0;
    let hasScaleup = false;
    let hasScaleout = false;
    for (let i = 0; i < round.src.length; i++) {
      const bytes = round.bytes[i]!;
      if (bytes <= 0 || round.src[i] === round.dst[i]) continue;
      const routes = routeTransfer(
        fabric,
        routing,
        round.src[i]!,
        round.dst[i]!,
        round.flowKey[i]!,
        (l) => count[l]!,
      );
      for (const r of routes) {
        let lat = 0;
        let out = false;
        for (const l of r.latencyLinks ?? r.links) {
          lat += latency[l]!;
          out ||= fabric.links[l]!.tier === 'scaleout';
        }
        r.links.forEach((l, k) => {
          if (count[l] === 0 && load[l] === 0) touched.push(l);
          load[l]! += bytes * r.share * (r.usage?.[k] ?? 1);
          count[l]!++;
        });
        if (out) [hasScaleout, scaleoutLatencyPs] = [true, Math.max(scaleoutLatencyPs, lat)];
        else [hasScaleup, scaleupLatencyPs] = [true, Math.max(scaleupLatencyPs, lat)];
      }
    }
    let bandwidthPs = 0;
    let bottleneckLink = -1;
    for (const l of touched) {
      const t = load[l]! / capacity[l]!;
      if (t > bandwidthPs) [bandwidthPs, bottleneckLink] = [t, l];
      load[l] = 0;
      count[l] = 0;
    }
    const { label, repeat, paysLatency } = round;
    return {
      label,
      repeat,
      paysLatency,
      scaleupLatencyPs,
      scaleoutLatencyPs,
      hasScaleup,
      hasScaleout,
      bandwidthPs,
      bottleneckLink,
    };
  });
}

/** Total time of analyzed rounds under a protocol: overhead per charged step, bandwidth over bwFactor. */
export function analyticTime(
  rounds: AnalyticRound[],
  overheadPs?: StepOverheadPs,
  bwFactor = 1,
): AnalyticResult {
  let latencyPs = 0;
  let bandwidthPs = 0;
  for (const r of rounds) {
    if (r.paysLatency) {
      const up = r.hasScaleup ? r.scaleupLatencyPs + (overheadPs?.scaleup ?? 0) : 0;
      const out = r.hasScaleout ? r.scaleoutLatencyPs + (overheadPs?.scaleout ?? 0) : 0;
      latencyPs += r.repeat * Math.max(up, out);
    }
    bandwidthPs += (r.repeat * r.bandwidthPs) / bwFactor;
  }
  return { timePs: latencyPs + bandwidthPs, latencyPs, bandwidthPs, rounds };
}

export interface AnalyticOptions {
  routing: RoutingMode;
  overheadPs?: StepOverheadPs;
}

export function analyzeSchedule(fabric: SimFabric, schedule: Schedule, o: AnalyticOptions): AnalyticResult {
  return analyticTime(analyzeRounds(fabric, schedule, o.routing), o.overheadPs);
}
