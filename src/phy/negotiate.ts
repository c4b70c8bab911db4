/**
 * Link training: the highest generation at or below the target that every part supports and whose channel
 * passes its budget there (PCIe LTSSM trains down generation by generation until equalisation succeeds).
 */
import type { Link } from '../model/index.js';
import type { PhyContext } from './context.js';
import { evaluateAtGen, type GenEvaluation } from './evaluate.js';

export interface Negotiated {
  /** Generation the link trains at; null when no generation passes. */
  trainedGen: number | null;
  /** Training stopped at a generation with no sourced budget, so it is assumed, not verified. */
  unverified: boolean;
}

export function negotiateGen(
  ctx: PhyContext,
  link: Link,
  gen: number | null,
  topGen: number | null,
  target: GenEvaluation,
  laneRateGbps: number | null,
): Negotiated {
  if (gen === null) return { trainedGen: null, unverified: false };
  let g = Math.min(gen, topGen ?? gen);
  let ev = g === gen ? target : evaluateAtGen(ctx, link, g, laneRateGbps);
  while (ev.verdict === 'fail' && g > 1) {
    g--;
    ev = evaluateAtGen(ctx, link, g, laneRateGbps);
  }
  return { trainedGen: ev.verdict === 'fail' ? null : g, unverified: ev.verdict === 'unknown' };
}
