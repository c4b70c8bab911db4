/**
 * A collective benchmark the way nccl-tests runs one: for each size, pick the algorithm (NCCL-like: the lowest
 * predicted time) and protocol, build the schedule, time it with the flow engine (or the analytic model), and
 * report size, count, time, algbw and busbw in nccl-tests' own terms.
 */
import type { Catalog } from '../catalog/index.js';
import { InputError, usFromPs, type DraftIssue } from '../model/index.js';
import { analyticTime, analyzeRounds, type AnalyticResult } from './analytic/index.js';
import { DEFAULT_ROUTING, type RoutingMode, type SimFabric } from './fabric.js';
import { simulateSchedule, type EngineStats } from './flow/index.js';
import { ncclTestsBandwidth, ncclTestsCounts, TYPE_BYTES, type DataType } from './nccl/semantics.js';
import { idealProtocol, protocolCost, protocolsFor, type ProtocolCost } from './protocol.js';
import {
  buildSchedule,
  OP_ALGORITHMS,
  type Algorithm,
  type CollectiveOp,
  type Schedule,
} from './traffic/index.js';

export interface CollectiveRequest {
  op: CollectiveOp;
  algo: Algorithm | 'auto';
  /** Fabric rank indices in rank order (see selectRanks). */
  ranks: number[];
  /** Requested sizes (nccl-tests -b..-e sweep values), bytes. */
  sizes: number[];
  routing?: RoutingMode;
  /** 'flow' (default) simulates; 'analytic' uses the alpha-beta model only. */
  mode?: 'flow' | 'analytic';
  /** Structural fast path (default true). */
  structural?: boolean;
  channels?: number;
  orders?: number[][];
  /** Ranks grouped by node (enables the hierarchical algorithm). */
  nodeGroups?: number[][];
  dataType?: DataType;
  /** Apply NCCL's protocol latencies and efficiencies (default true); false = the bare network model. */
  protocolModel?: boolean;
  catalog?: Catalog;
  /**
   * Software latency per latency-paying step (ps; a calibrated figure, 0 without one): part of each candidate's
   * cost, so `auto` compares algorithms with it (ring pays 2(n-1) steps, a tree 2 log2 n).
   */
  stepLatencyPs?: number;
}

export interface CollectiveRow {
  bytes: number;
  count: number;
  algo: Algorithm;
  protocol: string;
  timeUs: number;
  algbwGBps: number;
  busbwGBps: number;
  /** Split of the time (analytic model): fixed latencies vs serialisation on the bottleneck. */
  latencyUs: number;
  bandwidthUs: number;
  /** Latency-paying steps (rounds x repeats), the count a per-step calibrated latency multiplies. */
  latencySteps: number;
  /** Links that bound the bandwidth term, most significant first. */
  bottleneckLinks: string[];
  /**
   * The tuning table: every candidate algorithm/protocol with its analytic time (µs: base latency, step
   * latencies, bandwidth), fastest first; the first is the one chosen, as NCCL's tuner takes the lowest time.
   */
  candidates: { algo: Algorithm; protocol: string; timeUs: number }[];
}

export interface CollectiveResult {
  op: CollectiveOp;
  algo: Algorithm | 'auto';
  routing: RoutingMode;
  ranks: string[];
  mode: 'flow' | 'analytic';
  results: CollectiveRow[];
  engine: EngineStats | null;
  issues: DraftIssue[];
}

const scaleBytes = (s: Schedule, factor: number): Schedule =>
  factor === 1 ? s : { ...s, rounds: s.rounds.map((r) => ({ ...r, bytes: r.bytes.map((b) => b / factor) })) };

/** NVLS needs every rank of the collective on one reducing switch (one NVLink domain). */
function sharesReductionSwitch(fabric: SimFabric, ranks: number[]): boolean {
  const isr = fabric.inSwitchReduction;
  if (!isr) return false;
  const of = isr.switchOf;
  return !of || ranks.every((r) => of[r] === of[ranks[0]!]);
}

/** NVLS Tree needs ranks on several nodes, each rank on a reducing switch (NCCL disables it on one node). */
function nvlsTreeOk(fabric: SimFabric, req: CollectiveRequest): boolean {
  const of = fabric.inSwitchReduction?.switchOf;
  return (req.nodeGroups?.length ?? 0) > 1 && !!of && req.ranks.every((r) => of[r] !== undefined);
}

function candidates(fabric: SimFabric, req: CollectiveRequest): Algorithm[] {
  if (req.algo !== 'auto') return [req.algo];
  const nvlsOk = sharesReductionSwitch(fabric, req.ranks);
  const nvlsTree = nvlsTreeOk(fabric, req);
  // one node: NCCL's tree is a chain, and ncclTopoTuneModel (tuning.cc) gives it algbw 0.5 x 0.92 x nChannels x
  // bwIntra against the ring's n / (2(n-1)) x nChannels x bwIntra, so NCCL never prefers it for bandwidth there
  const multiNode = (req.nodeGroups?.length ?? 0) > 1;
  // NCCL's algorithms only ('hierarchical', a phase-by-phase 2D ring, is not one: only when asked for);
  // all_to_all 'direct' only when asked for: NCCL schedules p2p peer by peer (pairwise), and every pair at once
  // makes one whole-fabric max-min component that is slow to simulate beyond a few hundred ranks
  return OP_ALGORITHMS[req.op].filter(
    (a) =>
      (a !== 'nvls' || nvlsOk) &&
      (a !== 'nvls_tree' || nvlsTree) &&
      (a !== 'tree' || multiNode) &&
      a !== 'hierarchical' &&
      !(a === 'direct' && req.op === 'all_to_all'),
  );
}

function bottlenecks(fabric: SimFabric, a: AnalyticResult): string[] {
  const byLink = new Map<number, number>();
  for (const r of a.rounds) {
    if (r.bottleneckLink >= 0)
      byLink.set(r.bottleneckLink, (byLink.get(r.bottleneckLink) ?? 0) + r.bandwidthPs * r.repeat);
  }
  return [...byLink.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([l]) => fabric.links[l]!.id);
}

/** Latency-paying steps of a timed schedule: rounds x repeats, the count a per-step latency multiplies. */
const latencySteps = (a: AnalyticResult): number =>
  a.rounds.reduce((k, r) => k + (r.paysLatency ? r.repeat : 0), 0);

export function runCollective(fabric: SimFabric, req: CollectiveRequest): CollectiveResult {
  const routing = req.routing ?? DEFAULT_ROUTING;
  const mode = req.mode ?? 'flow';
  const elt = TYPE_BYTES[req.dataType ?? 'float'];
  const n = req.ranks.length;
  if (req.algo === 'nvls_tree' && !nvlsTreeOk(fabric, req)) {
    throw new InputError(
      '--algo nvls_tree needs ranks on several nodes, each on a switch with in-network reduction',
      'sim-no-nvls',
    );
  }
  if (req.algo === 'nvls' && !sharesReductionSwitch(fabric, req.ranks)) {
    throw new InputError(
      '--algo nvls needs a switch with in-network reduction on this fabric',
      'sim-no-nvls',
    );
  }
  const stepLatencyPs = req.stepLatencyPs ?? 0;
  let engine: EngineStats | null = null;
  const results = req.sizes.map((requested): CollectiveRow => {
    const { sizeBytes, count } = ncclTestsCounts(req.op, requested, n, elt);
    let best: {
      algo: Algorithm;
      cost: ProtocolCost;
      schedule: Schedule;
      a: AnalyticResult;
      /** Fixed time on top of the network's: the protocol's base latency and the calibrated per-step latency. */
      fixedPs: number;
      timePs: number;
    } | null = null;
    const table: CollectiveRow['candidates'] = [];
    for (const algo of candidates(fabric, req)) {
      const schedule = buildSchedule({
        op: req.op,
        algo,
        ranks: req.ranks,
        sizeBytes,
        channels: req.channels,
        orders: req.orders,
        nodeGroups: req.nodeGroups,
      });
      const rounds = analyzeRounds(fabric, schedule, routing);
      const costs =
        req.protocolModel === false
          ? [idealProtocol]
          : protocolsFor(algo).map((p) => protocolCost(algo, p, req.catalog));
      for (const cost of costs) {
        const a = analyticTime(rounds, cost.overheadPs, cost.bwFactor);
        const fixedPs = cost.baseLatencyPs + stepLatencyPs * latencySteps(a);
        const timePs = a.timePs + fixedPs;
        table.push({ algo, protocol: cost.protocol, timeUs: usFromPs(timePs) });
        if (!best || timePs < best.timePs) best = { algo, cost, schedule, a, fixedPs, timePs };
      }
    }
    const chosen = best!;
    let timePs = chosen.timePs;
    if (mode === 'flow' && sizeBytes > 0) {
      const sim = simulateSchedule(fabric, scaleBytes(chosen.schedule, chosen.cost.bwFactor), {
        routing,
        structural: req.structural,
        overheadPs: chosen.cost.overheadPs,
      });
      timePs = sim.timePs + chosen.fixedPs;
      engine = sim.stats;
    }
    const timeUs = usFromPs(timePs);
    const bw =
      timeUs > 0 ? ncclTestsBandwidth(req.op, count, elt, timeUs, n) : { algbwGBps: 0, busbwGBps: 0 };
    const latencyUs = usFromPs(chosen.a.latencyPs + chosen.fixedPs);
    return {
      bytes: sizeBytes,
      count,
      algo: chosen.algo,
      protocol: chosen.cost.protocol,
      timeUs,
      ...bw,
      latencyUs,
      bandwidthUs: Math.max(0, timeUs - latencyUs),
      latencySteps: latencySteps(chosen.a),
      bottleneckLinks: bottlenecks(fabric, chosen.a),
      // stable sort: ties keep the candidate order, so the chosen one (first lowest) stays first
      candidates: table.sort((x, y) => x.timeUs - y.timeUs),
    };
  });
  const issues: DraftIssue[] = [];
  if (results.some((r) => r.bytes === 0)) {
    issues.push({
      severity: 'warning',
      code: 'sim-size-rounds-to-zero',
      message: `some sizes are smaller than ${n} ranks x 16 B and round to 0 bytes, as nccl-tests does`,
    });
  }
  return {
    op: req.op,
    algo: req.algo,
    routing,
    ranks: req.ranks.map((r) => fabric.ranks[r]!),
    mode,
    results,
    engine,
    issues,
  };
}
