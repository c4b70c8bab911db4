/**
 * The explicit flow DAG: transfers with dependencies. A transfer may stand for `weight` identical transfers
 * (same endpoints, bytes and route: max-min gives them identical rates, so one flow of weight m is exact).
 * A barrier is a transfer with src = dst = BARRIER and no bytes: it completes when its predecessors have.
 */

export const BARRIER = -2;

export interface TransferGraph {
  count: number;
  src: Int32Array;
  dst: Int32Array;
  /** Bytes of one of the `weight` identical transfers. */
  bytes: Float64Array;
  flowKey: Int32Array;
  weight: Float64Array;
  /** 1 where the transfer pays path latency and per-step overhead (see Round.paysLatency). */
  paysLatency: Uint8Array;
  /** Number of predecessors of each transfer. */
  depCount: Int32Array;
  /** Successors in CSR form: succ[succStart[i] .. succStart[i+1]). */
  succStart: Int32Array;
  succ: Int32Array;
}

/** Builds a TransferGraph; edges must be added after both ends exist. */
export class GraphBuilder {
  private src: number[] = [];
  private dst: number[] = [];
  private bytes: number[] = [];
  private key: number[] = [];
  private weight: number[] = [];
  private charges: number[] = [];
  private edgeFrom: number[] = [];
  private edgeTo: number[] = [];

  add(src: number, dst: number, bytes: number, flowKey: number, weight = 1, paysLatency = true): number {
    this.charges.push(paysLatency ? 1 : 0);
    this.src.push(src);
    this.dst.push(dst);
    this.bytes.push(bytes);
    this.key.push(flowKey);
    this.weight.push(weight);
    return this.src.length - 1;
  }

  barrier(): number {
    return this.add(BARRIER, BARRIER, 0, 0, 1);
  }

  edge(from: number, to: number): void {
    this.edgeFrom.push(from);
    this.edgeTo.push(to);
  }

  build(): TransferGraph {
    const count = this.src.length;
    const depCount = new Int32Array(count);
    const succStart = new Int32Array(count + 1);
    for (let e = 0; e < this.edgeFrom.length; e++) {
      succStart[this.edgeFrom[e]! + 1]!++;
      depCount[this.edgeTo[e]!]!++;
    }
    for (let i = 0; i < count; i++) succStart[i + 1]! += succStart[i]!;
    const fill = succStart.slice(0, count);
    const succ = new Int32Array(this.edgeFrom.length);
    for (let e = 0; e < this.edgeFrom.length; e++) succ[fill[this.edgeFrom[e]!]!++] = this.edgeTo[e]!;
    return {
      count,
      src: Int32Array.from(this.src),
      dst: Int32Array.from(this.dst),
      bytes: Float64Array.from(this.bytes),
      flowKey: Int32Array.from(this.key),
      weight: Float64Array.from(this.weight),
      paysLatency: Uint8Array.from(this.charges),
      depCount,
      succStart,
      succ,
    };
  }
}
