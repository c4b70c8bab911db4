/**
 * Unretimed reach of a PCB trace: the longest length a link's trace may have while its budget segment
 * still passes (with and without the recommended margin). The PCIe specification limits loss, not length
 * (TI E2E 934255), so reach = (budget − other losses in the segment [− margin]) / loss per mm at Nyquist.
 */
import type { Catalog } from '../catalog/index.js';
import type { Design } from '../model/index.js';
import { inchesFromMm, UsageError } from '../model/index.js';
import { evaluateAtGen } from './evaluate.js';
import { buildContext } from './context.js';
import { lossAtFreq } from './freq-loss.js';
import type { PhyOptions } from './types.js';

export interface TraceReach {
  /** Longest trace that fits the budget (mm). */
  reachMm: number;
  /** Longest trace that keeps the recommended margin (mm). */
  reachWithMarginMm: number;
  lossPerMmDb: number;
}

export function traceReachMm(
  design: Design,
  catalog: Catalog,
  linkId: string,
  traceIndex: number,
  opts: PhyOptions = {},
): TraceReach {
  const ctx = buildContext(design, catalog, opts.recommendedMarginPct);
  const link = design.links.find((l) => l.id === linkId);
  const seg = link?.channel[traceIndex];
  if (!link || seg?.type !== 'trace')
    throw new UsageError(`link ${linkId} has no trace at channel[${traceIndex}]`, 'phy-no-trace');
  const material = ctx.materials.get(seg.material);
  const zero = {
    ...link,
    channel: link.channel.map((s, i) => (i === traceIndex ? { ...seg, lengthMm: 0 } : s)),
  };
  const ev = evaluateAtGen(ctx, zero, link.gen ?? null, link.laneRateGbps);
  const judged = ev.judged.find((j) => j.segment.items.some((it) => it.segmentIndex === traceIndex));
  const margin0 = judged?.segment.marginDb ?? null;
  if (!material || margin0 === null || ev.std.nyquistGHz === null || ev.std.budgetDb === null)
    throw new UsageError(`no budget or loss data to compute the reach of ${linkId}`, 'phy-no-reach');
  const lossPerMmDb = lossAtFreq(material.lossPerInch, ev.std.nyquistGHz).db * inchesFromMm(1);
  const recommendedDb = ((ctx.recommendedMarginPct ?? 0) * ev.std.budgetDb) / 100;
  return {
    reachMm: Math.max(0, margin0 / lossPerMmDb),
    reachWithMarginMm: Math.max(0, (margin0 - recommendedDb) / lossPerMmDb),
    lossPerMmDb,
  };
}
