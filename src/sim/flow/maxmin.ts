/**
 * Max-min fair rates by progressive filling (Bertsekas & Gallager, Data Networks §6.5.2): repeatedly take the link
 * whose remaining capacity per unit of unfrozen weight is smallest, freeze its flows at that share, and charge
 * them to their other links. A flow of weight m stands for m identical flows (it gets m shares). A flow may
 * cross a link with only part of its rate (`usage`, a sprayed flow split evenly over k paths uses 1/k of each).
 */

export interface MaxMinFlow {
  links: ArrayLike<number>;
  weight: number;
  /** Fraction of the flow's rate crossing each link (default 1 for all). */
  usage?: ArrayLike<number> | undefined;
}

/** Reusable scratch (typed arrays indexed by a component-local link number) so a solve allocates little. */
export class MaxMinWorkspace {
  readonly local: Int32Array;
  readonly rem: Float64Array;
  readonly wsum: Float64Array;
  readonly version: Int32Array;
  readonly start: Int32Array;
  readonly fill: Int32Array;
  members = new Int32Array(1024);
  heapShare = new Float64Array(1024);
  heapLink = new Int32Array(1024);
  heapVersion = new Int32Array(1024);
  constructor(linkCount: number) {
    this.local = new Int32Array(linkCount).fill(-1);
    this.rem = new Float64Array(linkCount);
    this.wsum = new Float64Array(linkCount);
    this.version = new Int32Array(linkCount);
    this.start = new Int32Array(linkCount + 1);
    this.fill = new Int32Array(linkCount);
  }
}

/** A binary min-heap of (share, link, version) kept in the workspace's typed arrays. */
class ShareHeap {
  size = 0;
  constructor(private readonly ws: MaxMinWorkspace) {}

  private less(i: number, j: number): boolean {
    const { heapShare: s, heapLink: l } = this.ws;
    return s[i]! !== s[j]! ? s[i]! < s[j]! : l[i]! < l[j]!;
  }

  private swap(i: number, j: number): void {
    const { heapShare: s, heapLink: l, heapVersion: v } = this.ws;
    const ts = s[i]!;
    s[i] = s[j]!;
    s[j] = ts;
    const tl = l[i]!;
    l[i] = l[j]!;
    l[j] = tl;
    const tv = v[i]!;
    v[i] = v[j]!;
    v[j] = tv;
  }

  push(share: number, link: number, version: number): void {
    const ws = this.ws;
    if (this.size === ws.heapShare.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      ws.heapShare = grow(ws.heapShare, (n) => new Float64Array(n));
      ws.heapLink = grow(ws.heapLink, (n) => new Int32Array(n));
      ws.heapVersion = grow(ws.heapVersion, (n) => new Int32Array(n));
    }
    let i = this.size++;
    ws.heapShare[i] = share;
    ws.heapLink[i] = link;
    ws.heapVersion[i] = version;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes the top; its fields are left at index `size` for the caller to read. */
  pop(): number {
    const last = --this.size;
    this.swap(0, last);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const c = l + 1 < last && this.less(l + 1, l) ? l + 1 : l;
      if (!this.less(c, i)) break;
      this.swap(c, i);
      i = c;
    }
    return last;
  }
}

/**
 * Rates (same unit as `capacity`) of `flows` sharing links whose capacities are `capacity[link]`.
 * Only the links the flows use are touched.
 */
export function solveMaxMin(
  flows: MaxMinFlow[],
  capacity: ArrayLike<number>,
  ws: MaxMinWorkspace,
): Float64Array {
  const { local, rem, wsum, version, start, fill } = ws;
  const links: number[] = [];
  let refs = 0;
  for (const fl of flows) {
    for (let k = 0; k < fl.links.length; k++) {
      const l = fl.links[k]!;
      let li = local[l]!;
      if (li < 0) {
        li = links.length;
        local[l] = li;
        links.push(l);
        rem[li] = capacity[l]!;
        wsum[li] = 0;
        version[li] = 0;
        start[li + 1] = 0;
      }
      wsum[li]! += fl.weight * (fl.usage ? fl.usage[k]! : 1);
      start[li + 1]!++;
      refs++;
    }
  }
  const nl = links.length;
  start[0] = 0;
  for (let li = 0; li < nl; li++) {
    start[li + 1]! += start[li]!;
    fill[li] = start[li]!;
  }
  if (ws.members.length < refs) ws.members = new Int32Array(refs * 2);
  const members = ws.members;
  flows.forEach((fl, f) => {
    for (let k = 0; k < fl.links.length; k++) members[fill[local[fl.links[k]!]!]!++] = f;
  });
  const heap = new ShareHeap(ws);
  for (let li = 0; li < nl; li++) heap.push(rem[li]! / wsum[li]!, li, 0);
  const rate = new Float64Array(flows.length);
  const frozen = new Uint8Array(flows.length);
  while (heap.size > 0) {
    const top = heap.pop();
    const li0 = ws.heapLink[top]!;
    if (ws.heapVersion[top] !== version[li0] || wsum[li0]! <= 0) continue;
    const share = ws.heapShare[top]!;
    for (let m = start[li0]!; m < start[li0 + 1]!; m++) {
      const f = members[m]!;
      if (frozen[f]) continue;
      frozen[f] = 1;
      const fl = flows[f]!;
      rate[f] = share * fl.weight;
      for (let k = 0; k < fl.links.length; k++) {
        const li = local[fl.links[k]!]!;
        const w = fl.weight * (fl.usage ? fl.usage[k]! : 1);
        rem[li] = Math.max(0, rem[li]! - share * w);
        wsum[li]! -= w;
        version[li]!++;
        // weights are whole flow counts, so anything below 1e-12 is float residue of "no flows left"
        if (wsum[li]! > 1e-12) heap.push(rem[li]! / wsum[li]!, li, version[li]!);
        else wsum[li] = 0;
      }
    }
  }
  for (const l of links) local[l] = -1;
  return rate;
}

/**
 * The slow reference: the same definition computed the obvious way (scan every link for the smallest share each
 * iteration). Used only by tests to check solveMaxMin and the engine's incremental path.
 */
export function solveMaxMinReference(flows: MaxMinFlow[], capacity: ArrayLike<number>): Float64Array {
  const rate = new Float64Array(flows.length);
  const frozen = new Array<boolean>(flows.length).fill(false);
  const rem = new Map<number, number>();
  for (const f of flows)
    for (let k = 0; k < f.links.length; k++) rem.set(f.links[k]!, capacity[f.links[k]!]!);
  for (;;) {
    let best = Number.POSITIVE_INFINITY;
    let bestLink = -1;
    for (const [l, r] of rem) {
      let w = 0;
      flows.forEach((f, i) => {
        const k = Array.prototype.indexOf.call(f.links, l);
        if (!frozen[i] && k >= 0) w += f.weight * (f.usage ? f.usage[k]! : 1);
      });
      if (w > 0 && r / w < best) [best, bestLink] = [r / w, l];
    }
    if (bestLink < 0) return rate;
    flows.forEach((f, i) => {
      if (frozen[i] || !Array.prototype.includes.call(f.links, bestLink)) return;
      frozen[i] = true;
      rate[i] = best * f.weight;
      for (let k = 0; k < f.links.length; k++) {
        const used = best * f.weight * (f.usage ? f.usage[k]! : 1);
        rem.set(f.links[k]!, rem.get(f.links[k]!)! - used);
      }
    });
  }
}
