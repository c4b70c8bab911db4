/** What would help when two retimers are not enough: a lower-loss material, a retimed cable, a shorter path. */
import type { Link, Segment } from '../model/index.js';
import { evaluateAtGen } from './evaluate.js';
import type { PhyContext } from './context.js';
import { electricalProtocol } from './context.js';
import { lossAtFreq } from './freq-loss.js';
import { placeOnChannel } from './retimer-placement.js';

/** Bisection steps on the trace-length scale (2^-30 resolution, far below a millimetre). */
const BISECTION_STEPS = 30;

const scaled = (link: Link, channel: Segment[]): Link => ({ ...link, channel });

export function adviseInfeasible(
  ctx: PhyContext,
  link: Link,
  gen: number | null,
  maxAdd: number,
  pkgDb: number,
): string[] {
  const out: string[] = [];
  const feasible = (l: Link): boolean => {
    const ev = evaluateAtGen(ctx, l, gen, l.laneRateGbps);
    if (ev.std.budgetDb === null) return false;
    return placeOnChannel(ev.elements, ev.std.budgetDb, maxAdd, pkgDb)?.feasible ?? false;
  };
  const traces = link.channel.filter((s) => s.type === 'trace');
  if (traces.length === 0)
    return ['the loss is in packages, connectors and cables: shorten the path or use a retimed cable'];
  const nyq = evaluateAtGen(ctx, link, gen, link.laneRateGbps).std.nyquistGHz ?? 0;
  const best = [...ctx.materials.values()].sort(
    (a, b) => lossAtFreq(a.lossPerInch, nyq).db - lossAtFreq(b.lossPerInch, nyq).db,
  )[0];
  if (best) {
    const swapped = link.channel.map((s) => (s.type === 'trace' ? { ...s, material: best.id } : s));
    out.push(
      feasible(scaled(link, swapped))
        ? `with ${best.name} traces, ${maxAdd} retimer(s) suffice`
        : `even ${best.name} (the lowest-loss material in the catalog) is not enough`,
    );
  }
  const cable = [...ctx.cables.values()].find(
    (c) =>
      c.resetsChannelBudget &&
      c.protocols.some((p) => electricalProtocol(p) === electricalProtocol(link.protocol)) &&
      (c.maxGen ?? Infinity) >= (gen ?? 0),
  );
  if (cable)
    out.push(
      `replace the longest trace with a retimed cable such as ${cable.name} (up to ${cable.maxReachM} m)`,
    );
  let lo = 0;
  let hi = 1;
  for (let n = 0; n < BISECTION_STEPS; n++) {
    const mid = (lo + hi) / 2;
    const ch = link.channel.map((s) => (s.type === 'trace' ? { ...s, lengthMm: s.lengthMm * mid } : s));
    if (feasible(scaled(link, ch))) lo = mid;
    else hi = mid;
  }
  const totalMm = traces.reduce((sum, s) => sum + s.lengthMm, 0);
  out.push(
    lo > 0
      ? `shorten the traces from ${Math.round(totalMm)} mm to at most ${Math.floor(totalMm * lo)} mm in total`
      : 'no trace length fits: the fixed losses alone exceed what retimers can split',
  );
  return out;
}
