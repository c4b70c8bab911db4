/**
 * Memo of link analyses keyed by the link's shape: what the analysis depends on (protocol, gen, width, the
 * ends' parts and port capabilities, every channel segment with components reduced to `kind/part`).
 * Each link is encoded once into a reused vector of numbers (strings become small integers), hashed, and
 * a hit is confirmed by comparing vectors, so collisions cannot mix results and no strings are built.
 * This keeps the check of a million-link cluster near-linear: identical GPU links are analyzed once.
 */
import type { Component, Link, Segment } from '../model/index.js';
import type { PhyContext } from './context.js';

const SEG_CODE: Record<Segment['type'], number> = {
  package: 1,
  trace: 2,
  via: 3,
  connector: 4,
  cable: 5,
  'add-in-card': 6,
  loss: 7,
  device: 8,
};
const NONE = -1;

export class ShapeMemo<T> {
  private readonly entries = new Map<number, { shape: Float64Array; value: T }[]>();
  private readonly ids = new Map<string, number>();
  /** `kind/part` integer per component object (identity-keyed, so no second map of id strings). */
  private readonly compKeys = new Map<Component, number>();
  private vec: number[] = [];

  constructor(private readonly ctx: PhyContext) {}

  /** A small integer per distinct string (materials, parts, protocols). */
  private id(s: string): number {
    let n = this.ids.get(s);
    if (n === undefined) this.ids.set(s, (n = this.ids.size + 1));
    return n;
  }

  /** The component `comp` last looked up (saves allocating a pair per call). */
  private lastComp: Component | undefined;
  /** One look-up per component reference: its `kind/part` integer (the component is left in `lastComp`). */
  private comp(componentId: string): number {
    const c = (this.lastComp = this.ctx.components.get(componentId));
    if (!c) return this.id(`?${componentId}`);
    let key = this.compKeys.get(c);
    if (key === undefined) this.compKeys.set(c, (key = this.id(`${c.kind}/${c.part}`)));
    return key;
  }

  private pushPort(componentId: string, name: string): number {
    const key = this.comp(componentId);
    const c = this.lastComp;
    const v = this.vec;
    v.push(key);
    if (c)
      for (const p of c.ports)
        if (p.name === name) return (v.push(p.maxGen ?? NONE, p.lanes, p.laneRateGbps ?? NONE), key);
    v.push(NONE, NONE, this.id(`?${componentId}.${name}`));
    return key;
  }

  private encode(l: Link): void {
    const v = this.vec;
    v.length = 0;
    v.push(this.id(l.protocol), l.gen ?? NONE, l.width, l.laneRateGbps ?? NONE);
    const fromKey = this.pushPort(l.from.component, l.from.port);
    const toKey = this.pushPort(l.to.component, l.to.port);
    if (l.channel.length === 0) v.push(l.reported?.gen ?? NONE, l.reported?.width ?? NONE);
    // No closure per link: this loop runs a million times in the cluster benchmark.
    for (const s of l.channel) {
      v.push(SEG_CODE[s.type]);
      if (s.type === 'package' || s.type === 'device')
        // Packages are usually the link's own ends: a string comparison spares a component-map look-up.
        v.push(
          s.component === l.from.component
            ? fromKey
            : s.component === l.to.component
              ? toKey
              : this.comp(s.component),
        );
      else if (s.type === 'trace') v.push(this.id(s.material), s.lengthMm);
      else if (s.type === 'via') v.push(s.count);
      else if (s.type === 'connector') v.push(this.id(s.part));
      else if (s.type === 'cable') v.push(this.id(s.part), s.lengthMm);
      else if (s.type === 'loss') v.push(s.lossDb);
    }
  }

  /** FNV-style 32-bit hash over the vector (integer and fractional parts of each number). */
  private hash(): number {
    let h = 2166136261;
    for (const x of this.vec) {
      const i = Math.floor(x);
      h = Math.imul(h ^ (i | 0), 16777619);
      h = Math.imul(h ^ (((x - i) * 4294967296) | 0), 16777619);
    }
    return h;
  }

  private matches(shape: Float64Array): boolean {
    const v = this.vec;
    if (shape.length !== v.length) return false;
    for (let i = 0; i < v.length; i++) if (shape[i] !== v[i]) return false;
    return true;
  }

  /** The memoized value for a link of the same shape, or `compute(link)` stored for later links. */
  get(link: Link, compute: (link: Link) => T): T {
    this.encode(link);
    const h = this.hash();
    let bucket = this.entries.get(h);
    if (bucket) for (const e of bucket) if (this.matches(e.shape)) return e.value;
    const shape = Float64Array.from(this.vec);
    const value = compute(link);
    if (!bucket) this.entries.set(h, (bucket = []));
    bucket.push({ shape, value });
    return value;
  }

  /** Distinct shapes analyzed (for tests and benchmarks). */
  get size(): number {
    let n = 0;
    for (const b of this.entries.values()) n += b.length;
    return n;
  }
}
