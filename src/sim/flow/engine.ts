/**
 * The flow-level discrete-event engine. Each transfer becomes one flow per path (several when sprayed); links have
 * a capacity per direction; rates are max-min fair and are recomputed when flows start or end, over only the
 * connected component of links and flows that changed (or over everything with solver 'reference').
 * A transfer is delivered when its last byte has drained plus its path latency plus a per-step overhead;
 * a successor starts when all its predecessors are delivered. Integer-picosecond clock; deterministic.
 */
import { bytesPerPsFromGBps, psFromNs } from '../../model/index.js';
import { createKernel, createRng, type Kernel } from '../kernel/index.js';
import { routeTransfer, type RoutedPath } from '../routing.js';
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
  const run = new FlowRun(fabric, graph, options, context);
  for (let t = 0; t < graph.count; t++) if (graph.depCount[t] === 0) run.kernel.schedule(0, run.onStart, t);
  run.kernel.run();
  run.stats.events = run.kernel.eventsFired;
  return { makespanPs: run.makespanPs, doneAtPs: run.doneAt, stats: run.stats };
}

/** The state of one engine run and its event handlers: start a transfer, re-rate flows, complete a flow. */
class FlowRun {
  readonly kernel: Kernel;
  readonly stats: EngineStats;
  readonly doneAt: Float64Array;
  makespanPs = 0;
  private readonly pendingDeps: Int32Array;
  private readonly readyAt: Float64Array;
  private readonly pendingSub: Int32Array;
  private readonly reference: boolean;
  /** Every live flow; only the reference solver reads it. */
  private readonly active = new Set<Flow>();
  private dirty: number[] = [];
  private solveQueued = false;
  /** Kernel handlers (the kernel takes a function and a payload, no closure per event). */
  readonly onStart = (t: number): void => this.start(t);
  private readonly onSolve = (): void => this.solve();
  private readonly onComplete = (flow: Flow): void => this.complete(flow);

  constructor(
    private readonly fabric: SimFabric,
    private readonly graph: TransferGraph,
    private readonly options: EngineOptions,
    private readonly context: EngineContext,
  ) {
    this.kernel = createKernel(createRng(options.seed ?? 1));
    this.pendingDeps = Int32Array.from(graph.depCount);
    this.readyAt = new Float64Array(graph.count);
    this.doneAt = new Float64Array(graph.count);
    this.pendingSub = new Int32Array(graph.count);
    this.stats = {
      transfers: graph.count,
      flows: 0,
      events: 0,
      solves: 0,
      incrementalSolves: 0,
      flowsResolved: 0,
    };
    this.reference = options.solver === 'reference';
  }

  /** Transfer t is (or will be, at atPs >= now) delivered: release its successors. */
  private finishTransfer(t: number, atPs: number): void {
    const { graph, readyAt, kernel } = this;
    this.doneAt[t] = atPs;
    if (atPs > this.makespanPs) this.makespanPs = atPs;
    for (let k = graph.succStart[t]!; k < graph.succStart[t + 1]!; k++) {
      const s = graph.succ[k]!;
      if (atPs > readyAt[s]!) readyAt[s] = atPs;
      if (--this.pendingDeps[s]! > 0) continue;
      // a successor ready now starts in this event (its flows join the same batched solve)
      if (readyAt[s]! <= kernel.nowPs) this.start(s);
      else kernel.schedule(readyAt[s]! - kernel.nowPs, this.onStart, s);
    }
  }

  private markDirty(links: number[]): void {
    for (const l of links) this.dirty.push(l);
    if (!this.solveQueued) {
      this.solveQueued = true;
      this.kernel.schedule(0, this.onSolve, null, 1);
    }
  }

  /** Transfer t starts: one flow per route (none for a barrier or an empty transfer). */
  private start(t: number): void {
    const { graph, options } = this;
    const src = graph.src[t]!;
    const dst = graph.dst[t]!;
    if (src === BARRIER || graph.bytes[t]! <= 0 || src === dst) {
      this.finishTransfer(t, this.kernel.nowPs);
      return;
    }
    const onLink = this.context.onLink;
    const routes = routeTransfer(
      this.fabric,
      options.routing,
      src,
      dst,
      graph.flowKey[t]!,
      (l) => onLink[l]!.length,
    );
    this.pendingSub[t] = routes.length;
    for (const r of routes) this.addFlow(t, r);
  }

  /** The latency a flow of transfer t pays on its route: link latencies plus the step overhead, if its round charges one. */
  private routeLatencyPs(t: number, r: RoutedPath): number {
    if (!this.graph.paysLatency[t]) return 0;
    const hops = r.latencyLinks ?? r.links;
    const overheadPs = this.options.overheadPs;
    let lat = overheadPs ? pathOverheadPs(this.fabric, hops, overheadPs) : 0;
    for (const l of hops) lat += this.context.latency[l]!;
    return lat;
  }

  private addFlow(t: number, r: RoutedPath): void {
    const onLink = this.context.onLink;
    const w = this.graph.weight[t]!;
    const flow: Flow = {
      transfer: t,
      links: r.links,
      usage: r.usage,
      slots: r.links.map((l) => onLink[l]!.length),
      weight: w,
      remainingBytes: this.graph.bytes[t]! * r.share * w,
      rateBytesPerPs: 0,
      updatedPs: this.kernel.nowPs,
      eventPs: -1,
      done: false,
      latencyPs: this.routeLatencyPs(t, r),
      mark: 0,
    };
    r.links.forEach((l) => onLink[l]!.push(flow));
    if (this.reference) this.active.add(flow);
    this.stats.flows++;
    this.markDirty(r.links);
  }

  private remove(flow: Flow): void {
    flow.links.forEach((l, k) => {
      const list = this.context.onLink[l]!;
      const last = list.pop()!;
      if (last !== flow) {
        const slot = flow.slots[k]!;
        list[slot] = last;
        last.slots[last.links.indexOf(l)] = slot;
      }
    });
    if (this.reference) this.active.delete(flow);
    this.markDirty(flow.links);
  }

  /** A completion event is current only if it fires at the time the flow's latest rate predicts. */
  private complete(flow: Flow): void {
    if (flow.eventPs !== this.kernel.nowPs || flow.done) return;
    flow.done = true;
    this.remove(flow);
    const t = flow.transfer;
    const at = this.kernel.nowPs + flow.latencyPs;
    if (at > this.readyAt[t]!) this.readyAt[t] = at;
    // delivery lies in the future by the path latency; successors are told now and wait until then
    if (--this.pendingSub[t]! === 0) this.finishTransfer(t, this.readyAt[t]!);
  }

  /** The flows to re-rate: everything (reference) or the component reachable from the dirty links. */
  private component(): Flow[] {
    if (this.reference) return [...this.active];
    const { onLink, linkMark } = this.context;
    const epoch = ++this.context.epoch;
    const out: Flow[] = [];
    const stack = this.dirty.filter((l) => linkMark[l] !== epoch && (linkMark[l] = epoch) > 0);
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
  }

  private solve(): void {
    this.solveQueued = false;
    const flows = this.component();
    this.dirty = [];
    this.stats.solves++;
    if (!this.reference) this.stats.incrementalSolves++;
    this.stats.flowsResolved += flows.length;
    if (flows.length === 0) return;
    const now = this.kernel.nowPs;
    for (const f of flows) {
      f.remainingBytes = Math.max(0, f.remainingBytes - f.rateBytesPerPs * (now - f.updatedPs));
      f.updatedPs = now;
    }
    const rates = solveMaxMin(flows, this.context.capacity, this.context.ws);
    flows.forEach((f, i) => this.rerate(f, rates[i]!, now));
  }

  /** A flow's new rate: its completion event moves to when its remaining bytes drain at that rate. */
  private rerate(f: Flow, r: number, now: number): void {
    if (r === f.rateBytesPerPs) return;
    f.rateBytesPerPs = r;
    if (r <= 0) {
      f.eventPs = -1;
      return;
    }
    const delay = Math.ceil(f.remainingBytes / r);
    f.eventPs = now + delay;
    this.kernel.schedule(delay, this.onComplete, f);
  }
}
