/**
 * The flow-level discrete-event engine. Each transfer becomes one flow per path (several when sprayed); links have
 * a capacity per direction; rates are max-min fair and are recomputed when flows start or end, over only the
 * connected component of links and flows that changed (or over everything with solver 'reference').
 * A transfer is delivered when its last byte has drained plus its path latency plus a per-step overhead;
 * a successor starts when all its predecessors are delivered. Integer-picosecond clock; deterministic.
 */
import { bytesPerPsFromGBps, psFromNs } from '../../model/index.js';
import { createKernel, createRng, type Kernel } from '../kernel/index.js';
import { routeTransfer } from '../routing.js';
import { pathOverheadPs, type RoutingMode, type SimFabric, type StepOverheadPs } from '../fabric.js';
import { BARRIER, type TransferGraph } from './graph.js';
import { MaxMinWorkspace, solveMaxMin } from './maxmin.js';

export interface EngineOptions {
  routing: RoutingMode;
  solver?: 'incremental' | 'reference';
  /** Fixed per-step overhead (protocol/software latency) a transfer pays when its round charges a step. */
  overheadPs?: StepOverheadPs;
  seed?: number;
}

export interface EngineStats {
  transfers: number;
  flows: number;
  events: number;
  solves: number;
  /** Solves that covered only the changed component (the incremental fast path). */
  incrementalSolves: number;
  /** Sum over solves of the flows re-rated. */
  flowsResolved: number;
}

export interface EngineResult {
  makespanPs: number;
  /** Delivery time of each transfer, ps. */
  doneAtPs: Float64Array;
  stats: EngineStats;
}

export interface Flow {
  transfer: number;
  links: number[];
  /** Fraction of the flow's rate on each link (sprayed flows); undefined = all of it. */
  usage: number[] | undefined;
  /** Position of this flow in each of its links' member lists. */
  slots: number[];
  weight: number;
  remainingBytes: number;
  rateBytesPerPs: number;
  updatedPs: number;
  /** When the flow's current completion event fires (-1: none). */
  eventPs: number;
  done: boolean;
  latencyPs: number;
  mark: number;
}

/** Per-fabric state reused across runs (the fast path runs the engine once per distinct round). */
export interface EngineContext {
  fabric: SimFabric;
  capacity: Float64Array;
  latency: Float64Array;
  /** Flows on each link; empty between runs. */
  onLink: Flow[][];
  linkMark: Int32Array;
  ws: MaxMinWorkspace;
  epoch: number;
}

export function createEngineContext(fabric: SimFabric): EngineContext {
  const n = fabric.links.length;
  return {
    fabric,
    capacity: Float64Array.from(fabric.links, (l) => bytesPerPsFromGBps(l.capacityGBps)),
    latency: Float64Array.from(fabric.links, (l) => psFromNs(l.latencyNs)),
    onLink: Array.from({ length: n }, () => []),
    linkMark: new Int32Array(n),
    ws: new MaxMinWorkspace(n),
    epoch: 0,
  };
}

export function simulateGraph(
  fabric: SimFabric,
  graph: TransferGraph,
  options: EngineOptions,
  context: EngineContext = createEngineContext(fabric),
): EngineResult {
  const kernel: Kernel = createKernel(createRng(options.seed ?? 1));
  const { capacity, latency, onLink, linkMark, ws } = context;
  const pendingDeps = Int32Array.from(graph.depCount);
  const readyAt = new Float64Array(graph.count);
  const doneAt = new Float64Array(graph.count);
  const pendingSub = new Int32Array(graph.count);
  const stats: EngineStats = {
    transfers: graph.count,
    flows: 0,
    events: 0,
    solves: 0,
    incrementalSolves: 0,
    flowsResolved: 0,
  };
  const reference = options.solver === 'reference';
  const active = new Set<Flow>(); // only the reference solver reads it
  let dirty: number[] = [];
  let solveQueued = false;
  let makespan = 0;

  /** Transfer t is (or will be, at atPs >= now) delivered: release its successors. */
  const finishTransfer = (t: number, atPs: number): void => {
    doneAt[t] = atPs;
    if (atPs > makespan) makespan = atPs;
    for (let k = graph.succStart[t]!; k < graph.succStart[t + 1]!; k++) {
      const s = graph.succ[k]!;
      if (atPs > readyAt[s]!) readyAt[s] = atPs;
      if (--pendingDeps[s]! > 0) continue;
      // a successor ready now starts in this event (its flows join the same batched solve)
      if (readyAt[s]! <= kernel.nowPs) start(s);
      else kernel.schedule(readyAt[s]! - kernel.nowPs, start, s);
    }
  };

  const markDirty = (links: number[]): void => {
    for (const l of links) dirty.push(l);
    if (!solveQueued) {
      solveQueued = true;
      kernel.schedule(0, solve, null, 1);
    }
  };

  const start = (t: number): void => {
    const src = graph.src[t]!;
    const dst = graph.dst[t]!;
    const bytes = graph.bytes[t]!;
    if (src === BARRIER || bytes <= 0 || src === dst) {
      finishTransfer(t, kernel.nowPs);
      return;
    }
    const routes = routeTransfer(
      fabric,
      options.routing,
      src,
      dst,
      graph.flowKey[t]!,
      (l) => onLink[l]!.length,
    );
    pendingSub[t] = routes.length;
    for (const r of routes) {
      let lat = 0;
      if (graph.paysLatency[t]) {
        const hops = r.latencyLinks ?? r.links;
        lat = options.overheadPs ? pathOverheadPs(fabric, hops, options.overheadPs) : 0;
        for (const l of hops) lat += latency[l]!;
      }
      const w = graph.weight[t]!;
      const flow: Flow = {
        transfer: t,
        links: r.links,
        usage: r.usage,
        slots: r.links.map((l) => onLink[l]!.length),
        weight: w,
        remainingBytes: bytes * r.share * w,
        rateBytesPerPs: 0,
        updatedPs: kernel.nowPs,
        eventPs: -1,
        done: false,
        latencyPs: lat,
        mark: 0,
      };
      r.links.forEach((l) => onLink[l]!.push(flow));
      if (reference) active.add(flow);
      stats.flows++;
      markDirty(r.links);
    }
  };

  const remove = (flow: Flow): void => {
    flow.links.forEach((l, k) => {
      const list = onLink[l]!;
      const last = list.pop()!;
      if (last !== flow) {
        const slot = flow.slots[k]!;
        list[slot] = last;
        last.slots[last.links.indexOf(l)] = slot;
      }
    });
    if (reference) active.delete(flow);
    markDirty(flow.links);
  };

  /** A completion event is current only if it fires at the time the flow's latest rate predicts. */
  const complete = (flow: Flow): void => {
    if (flow.eventPs !== kernel.nowPs || flow.done) return;
    flow.done = true;
    remove(flow);
    const t = flow.transfer;
    const at = kernel.nowPs + flow.latencyPs;
    if (at > readyAt[t]!) readyAt[t] = at;
    // delivery lies in the future by the path latency; successors are told now and wait until then
    if (--pendingSub[t]! === 0) finishTransfer(t, readyAt[t]!);
  };

  /** The flows to re-rate: everything (reference) or the component reachable from the dirty links. */
  const component = (): Flow[] => {
    if (reference) return [...active];
    const epoch = ++context.epoch;
    const out: Flow[] = [];
    const stack = dirty.filter((l) => linkMark[l] !== epoch && (linkMark[l] = epoch) > 0);
    while (stack.length > 0) {
      for (const f of onLink[stack.pop()!]!) {
        if (f.mark === epoch) continue;
        f.mark = epoch;
        out.push(f);
        for (const l of f.links) {
          if (linkMark[l] !== epoch) {
            linkMark[l] = epoch;
            stack.push(l);
          }
        }
      }
    }
    return out;
  };

  function solve(): void {
    solveQueued = false;
    const flows = component();
    dirty = [];
    stats.solves++;
    if (!reference) stats.incrementalSolves++;
    stats.flowsResolved += flows.length;
    if (flows.length === 0) return;
    const now = kernel.nowPs;
    for (const f of flows) {
      f.remainingBytes = Math.max(0, f.remainingBytes - f.rateBytesPerPs * (now - f.updatedPs));
      f.updatedPs = now;
    }
    const rates = solveMaxMin(flows, capacity, ws);
    flows.forEach((f, i) => {
      const r = rates[i]!;
      if (r === f.rateBytesPerPs) return;
      f.rateBytesPerPs = r;
      if (r <= 0) {
        f.eventPs = -1;
        return;
      }
      const delay = Math.ceil(f.remainingBytes / r);
      f.eventPs = now + delay;
      kernel.schedule(delay, complete, f);
    });
  }

  for (let t = 0; t < graph.count; t++) if (graph.depCount[t] === 0) kernel.schedule(0, start, t);
  kernel.run();
  stats.events = kernel.eventsFired;
  return { makespanPs: makespan, doneAtPs: doneAt, stats };
}
