/** Realises wiring blocks: one cable choice per block (its longest run, via phy's selectCable), links and declarations. */
import { mFromMm } from '../model/index.js';
import { selectCable } from '../phy/index.js';
import { cableLengthMm, type Place } from './floor-plan.js';
import type { CableTier, Wiring, WiringInput } from './wiring-types.js';

/** One declaration: visits its links as (from, to) component/port pairs with their places. */
export interface Block {
  tier: CableTier;
  decl: (cable: { part: string; lengthMm: number }) => Record<string, unknown>;
  each: (visit: (fc: string, fp: string, tc: string, tp: string, a: Place, b: Place) => void) => void;
  width: number;
  /** Lane rate the block's links run at (Gb/s); the switch's when absent. */
  laneRateGbps?: number;
}

/** Chooses each block's cable and emits its links and declaration. */
export function realize(x: WiringInput, blocks: Block[]): Wiring {
  const out: Wiring = {
    links: [],
    decls: [],
    counts: { nicLeaf: 0, leafSpine: 0, spineSuperSpine: 0 },
    cablesByType: {},
    issues: [],
  };
  const chosen = new Map<string, string | null>();
  const choose = (lengthMm: number, laneRateGbps: number): string | null => {
    const key = `${laneRateGbps}:${lengthMm}`;
    if (chosen.has(key)) return chosen.get(key)!;
    const sel = selectCable(x.catalog, {
      protocol: x.protocol,
      lengthM: mFromMm(lengthMm),
      laneRateGbps,
      gen: null,
      prefer: x.prefer,
    });
    out.issues.push(...sel.issues);
    chosen.set(key, sel.choice?.id ?? null);
    return sel.choice?.id ?? null;
  };
  for (const b of blocks) {
    let lengthMm = 0;
    b.each((_fc, _fp, _tc, _tp, a, c) => (lengthMm = Math.max(lengthMm, cableLengthMm(x.figures, a, c))));
    const part = choose(lengthMm, b.laneRateGbps ?? x.sw.laneRateGbps);
    if (part === null) continue;
    const channel = [{ type: 'cable' as const, part, lengthMm }];
    let n = 0;
    b.each((fc, fp, tc, tp) => {
      n++;
      out.links.push({
        id: `${fc}.${fp}~${tc}.${tp}`,
        from: { component: fc, port: fp },
        to: { component: tc, port: tp },
        protocol: x.protocol,
        width: b.width,
        gen: null,
        laneRateGbps: null,
        channel,
        reported: null,
        capable: null,
      });
    });
    out.counts[b.tier] += n;
    out.cablesByType[part] = (out.cablesByType[part] ?? 0) + n;
    out.decls.push(b.decl({ part, lengthMm }));
  }
  return out;
}
