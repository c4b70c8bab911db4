/**
 * Schedule -> explicit flow DAG. Each round instance is a set of transfers between two barriers. Identical
 * transfers of a round (same endpoints, bytes and ECMP route) become one transfer of weight m, unless routing is
 * adaptive (there each flow picks its own path at start).
 */
import type { RoutingMode, SimFabric } from '../fabric.js';
import type { Round, Schedule } from '../traffic/schedule.js';
import { BARRIER, GraphBuilder, type TransferGraph } from './graph.js';

export interface RoundTemplate {
  src: number[];
  dst: number[];
  bytes: number[];
  flowKey: number[];
  weight: number[];
}

const sameLinks = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

interface Group {
  index: number;
  bytes: number;
  flowKey: number;
  /** ECMP route, computed only once a second transfer with the same endpoints shows up. */
  route: number[] | null;
}

/** Group a round's identical transfers (see module comment). */
export function roundTemplate(fabric: SimFabric, round: Round, routing: RoutingMode): RoundTemplate {
  const t: RoundTemplate = { src: [], dst: [], bytes: [], flowKey: [], weight: [] };
  const push = (i: number): void => {
    t.src.push(round.src[i]!);
    t.dst.push(round.dst[i]!);
    t.bytes.push(round.bytes[i]!);
    t.flowKey.push(round.flowKey[i]!);
    t.weight.push(1);
  };
  // endpoints may be SWITCH_ENDPOINT (-1): shift by 2 to key them as non-negative numbers
  const span = fabric.ranks.length + 2;
  const groups = new Map<number, Group[]>();
  const routeOf = (s: number, d: number, key: number): number[] | null =>
    routing === 'ecmp' && s >= 0 && d >= 0 ? fabric.route(s, d, key) : null;
  for (let i = 0; i < round.src.length; i++) {
    const s = round.src[i]!;
    const d = round.dst[i]!;
    const b = round.bytes[i]!;
    const k = round.flowKey[i]!;
    if (routing === 'adaptive') {
      push(i);
      continue;
    }
    const key = (s + 2) * span + (d + 2);
    const list = groups.get(key);
    if (list === undefined) {
      groups.set(key, [{ index: t.src.length, bytes: b, flowKey: k, route: null }]);
      push(i);
      continue;
    }
    const route = routeOf(s, d, k);
    const hit = list.find((g) => {
      if (g.bytes !== b) return false;
      g.route ??= routeOf(s, d, g.flowKey);
      return (
        (g.route === null && route === null) ||
        (g.route !== null && route !== null && sameLinks(g.route, route))
      );
    });
    if (hit) t.weight[hit.index]!++;
    else {
      list.push({ index: t.src.length, bytes: b, flowKey: k, route });
      push(i);
    }
  }
  return t;
}

/**
 * Expand the whole schedule into a DAG with a barrier between round instances. Written straight into typed
 * arrays sized up front: the general path of a large collective has millions of transfers.
 */
export function expandSchedule(fabric: SimFabric, schedule: Schedule, routing: RoutingMode): TransferGraph {
  const templates = schedule.rounds.map((r) => roundTemplate(fabric, r, routing));
  let count = 0;
  let edges = 0;
  schedule.rounds.forEach((r, i) => {
    const m = templates[i]!.src.length;
    count += r.repeat * (m + 1);
    edges += r.repeat * 2 * m;
  });
  const g: TransferGraph = {
    count,
    src: new Int32Array(count),
    dst: new Int32Array(count),
    bytes: new Float64Array(count),
    flowKey: new Int32Array(count),
    weight: new Float64Array(count),
    paysLatency: new Uint8Array(count),
    depCount: new Int32Array(count),
    succStart: new Int32Array(count + 1),
    succ: new Int32Array(edges),
  };
  // Layout per round instance: its transfers, then its closing barrier. A transfer's one successor is the closing
  // barrier; a barrier's successors are the next instance's transfers.
  let at = 0;
  let e = 0;
  let prevBarrier = -1;
  schedule.rounds.forEach((round, ri) => {
    const t = templates[ri]!;
    const m = t.src.length;
    for (let rep = 0; rep < round.repeat; rep++) {
      const first = at;
      const barrier = at + m;
      if (prevBarrier >= 0) {
        for (let i = 0; i < m; i++) g.succ[e++] = first + i;
        g.succStart[prevBarrier + 1] = e;
      }
      for (let i = 0; i < m; i++) {
        const id = first + i;
        g.src[id] = t.src[i]!;
        g.dst[id] = t.dst[i]!;
        g.bytes[id] = t.bytes[i]!;
        g.flowKey[id] = t.flowKey[i]!;
        g.weight[id] = t.weight[i]!;
        g.paysLatency[id] = round.paysLatency ? 1 : 0;
        g.depCount[id] = prevBarrier >= 0 ? 1 : 0;
        g.succStart[id] = e;
        g.succ[e++] = barrier;
        g.succStart[id + 1] = e;
      }
      g.src[barrier] = BARRIER;
      g.dst[barrier] = BARRIER;
      g.weight[barrier] = 1;
      g.depCount[barrier] = m;
      g.succStart[barrier] = e;
      g.succStart[barrier + 1] = e;
      prevBarrier = barrier;
      at = barrier + 1;
    }
  });
  return g;
}

/** One round alone, as the structural fast path simulates it. */
export function roundGraph(fabric: SimFabric, round: Round, routing: RoutingMode): TransferGraph {
  const t = roundTemplate(fabric, round, routing);
  const g = new GraphBuilder();
  for (let i = 0; i < t.src.length; i++) {
    g.add(t.src[i]!, t.dst[i]!, t.bytes[i]!, t.flowKey[i]!, t.weight[i]!, round.paysLatency);
  }
  return g.build();
}
