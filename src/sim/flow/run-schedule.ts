/**
 * Simulate a whole collective schedule with the flow engine, either on the fully expanded DAG (general path) or
 * with the structural fast path: rounds are separated by barriers and the engine is time-shift invariant, so an
 * instance of a round takes the same time wherever it runs; the fast path simulates each distinct round once and
 * multiplies by its repeat count. The conformance suite checks both give the same answer on every fixture.
 */
import type { RoutingMode, SimFabric } from '../fabric.js';
import { roundHash, sameRound, type Schedule } from '../traffic/schedule.js';
import { createEngineContext, simulateGraph, type EngineOptions, type EngineStats } from './engine.js';
import { expandSchedule, roundGraph } from './expand.js';

export interface ScheduleSimOptions {
  routing: RoutingMode;
  /** Use the structural fast path (default true). */
  structural?: boolean;
  solver?: EngineOptions['solver'];
  overheadPs?: EngineOptions['overheadPs'];
}

export interface RoundTiming {
  label: string;
  repeat: number;
  /** Time of one instance of the round, ps. */
  durationPs: number;
}

export interface ScheduleSimResult {
  timePs: number;
  /** Per-round timings (fast path only; null from the general path). */
  rounds: RoundTiming[] | null;
  path: 'structural' | 'general';
  stats: EngineStats;
}

const addStats = (a: EngineStats, b: EngineStats): EngineStats => ({
  transfers: a.transfers + b.transfers,
  flows: a.flows + b.flows,
  events: a.events + b.events,
  solves: a.solves + b.solves,
  incrementalSolves: a.incrementalSolves + b.incrementalSolves,
  flowsResolved: a.flowsResolved + b.flowsResolved,
});

const zeroStats = (): EngineStats => ({
  transfers: 0,
  flows: 0,
  events: 0,
  solves: 0,
  incrementalSolves: 0,
  flowsResolved: 0,
});

export function simulateSchedule(
  fabric: SimFabric,
  schedule: Schedule,
  o: ScheduleSimOptions,
): ScheduleSimResult {
  const engine: EngineOptions = { routing: o.routing, solver: o.solver, overheadPs: o.overheadPs };
  if (o.structural === false) {
    const r = simulateGraph(fabric, expandSchedule(fabric, schedule, o.routing), engine);
    return { timePs: r.makespanPs, rounds: null, path: 'general', stats: r.stats };
  }
  let stats = zeroStats();
  const context = createEngineContext(fabric);
  const rounds: RoundTiming[] = [];
  let timePs = 0;
  const byHash = new Map<number, number[]>();
  schedule.rounds.forEach((round, i) => {
    const h = roundHash(round);
    const candidates = byHash.get(h) ?? [];
    const seen = candidates.find((j) => sameRound(schedule.rounds[j]!, round)) ?? -1;
    byHash.set(h, [...candidates, i]);
    let durationPs: number;
    if (seen >= 0) durationPs = rounds[seen]!.durationPs;
    else {
      const r = simulateGraph(fabric, roundGraph(fabric, round, o.routing), engine, context);
      stats = addStats(stats, r.stats);
      durationPs = r.makespanPs;
    }
    rounds.push({ label: round.label, repeat: round.repeat, durationPs });
    timePs += durationPs * round.repeat;
  });
  return { timePs, rounds, path: 'structural', stats };
}
