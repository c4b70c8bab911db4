/**
 * Bisection bandwidth of each scale-up domain (accelerators joined by scale-up links), for the cut between the
 * first and second half of its accelerators in design order: direct links across the cut, plus, for every
 * scale-up switch node, the smaller of what one half can send into it and what it can deliver to the other half.
 * Exact for one switch level and full meshes; an upper bound for deeper fabrics.
 */
import { TIER, type Fabric } from './fabric.js';

export interface Bisection {
  devices: string[];
  /** Per direction, GB/s. */
  rawGBps: number;
  ncclGBps: number;
  cut: string;
}

function domains(f: Fabric, accels: number[]): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  const isAccel = new Set(accels);
  for (const a of accels) {
    if (seen.has(a)) continue;
    const t = f.tree(a);
    const dom = accels.filter((b) => b === a || t.tier[b] === TIER.scaleUp);
    dom.forEach((b) => seen.add(b));
    if (dom.length > 1 && dom.every((b) => isAccel.has(b))) out.push(dom);
  }
  return out;
}

export function bisection(f: Fabric, accels: number[]): Bisection[] {
  return domains(f, accels).map((dom) => {
    const half = new Set(dom.slice(0, Math.floor(dom.length / 2)));
    const other = new Set(dom.filter((d) => !half.has(d)));
    const sums = { raw: 0, nccl: 0 };
    const into = new Map<number, { raw: number; nccl: number }>();
    const outOf = new Map<number, { raw: number; nccl: number }>();
    const acc = (m: Map<number, { raw: number; nccl: number }>, k: number, raw: number, nccl: number) => {
      const v = m.get(k) ?? { raw: 0, nccl: 0 };
      m.set(k, { raw: v.raw + raw, nccl: v.nccl + nccl });
    };
    for (const d of f.directedLinks) {
      if (d.tier !== TIER.scaleUp) continue;
      const raw = d.capacityGBps.raw ?? 0;
      const nccl = d.capacityGBps.nccl ?? raw;
      if (half.has(d.from) && other.has(d.to)) {
        sums.raw += raw;
        sums.nccl += nccl;
      } else if (half.has(d.from) && f.nodes[d.to]!.forwards) acc(into, d.to, raw, nccl);
      else if (other.has(d.to) && f.nodes[d.from]!.forwards) acc(outOf, d.from, raw, nccl);
    }
    for (const [sw, a] of into) {
      const b = outOf.get(sw) ?? { raw: 0, nccl: 0 };
      sums.raw += Math.min(a.raw, b.raw);
      sums.nccl += Math.min(a.nccl, b.nccl);
    }
    return {
      devices: dom.map((n) => f.nodes[n]!.id),
      rawGBps: sums.raw,
      ncclGBps: sums.nccl,
      cut: 'first vs second half of the accelerators in design order',
    };
  });
}
