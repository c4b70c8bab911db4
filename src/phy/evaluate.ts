/** A link's channel evaluated and judged at one generation (or lane rate). */
import type { Link } from '../model/index.js';
import type { ChannelElement } from './channel-items.js';
import { evaluateChannel } from './channel-items.js';
import type { PhyContext } from './context.js';
import type { Finding } from './findings.js';
import { splitSegments, worstVerdict, type JudgedSegment } from './segments.js';
import { resolveStandard, type LinkStandard } from './standard.js';
import type { Verdict } from './types.js';

export interface GenEvaluation {
  std: LinkStandard;
  elements: ChannelElement[];
  judged: JudgedSegment[];
  verdict: Verdict;
  findings: Finding[];
}

export function evaluateAtGen(
  ctx: PhyContext,
  link: Link,
  gen: number | null,
  laneRateGbps: number | null,
): GenEvaluation {
  const std = resolveStandard(ctx, link.protocol, gen, laneRateGbps);
  const { elements, findings } = evaluateChannel(ctx, link.channel, std, link.protocol);
  const recommendedDb =
    std.budgetDb !== null && ctx.recommendedMarginPct !== null
      ? (std.budgetDb * ctx.recommendedMarginPct) / 100
      : null;
  const judged = splitSegments(elements, std.budgetDb, recommendedDb, std.standard?.cabledSplit ?? null);
  return { std, elements, judged, verdict: worstVerdict(judged.map((j) => j.verdict)), findings };
}
