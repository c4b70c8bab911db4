/** The physical analysis of one link: budget at its target generation, negotiated speed and width, retimer need. */
import type { Link, Port } from '../model/index.js';
import type { ChannelElement } from './channel-items.js';
import type { PhyContext } from './context.js';
import { channelDevices, minCap, type Cap, type ChannelDevices } from './devices.js';
import type { Finding } from './findings.js';
import { PLACEMENT_SEARCH_MAX, placeOnChannel, type RetimerPlacement } from './retimer-placement.js';
import { largestLossDb, worstSegment, type JudgedSegment } from './segments.js';
import { genLabel } from './standard.js';
import type { LinkPhyResult } from './types.js';
import { downtrainMessage, failureCause } from './messages.js';
import { evaluateAtGen, type GenEvaluation } from './evaluate.js';
import { negotiateGen } from './negotiate.js';

export type LinkCore = Omit<LinkPhyResult, 'id'>;

const portOf = (ctx: PhyContext, componentId: string, port: string): Port | undefined =>
  ctx.components.get(componentId)?.ports.find((p) => p.name === port);

/** Strips budget-resetting devices (not cables) so the placement counts every retimer the channel needs. */
const withoutRetimers = (elements: readonly ChannelElement[], link: Link): ChannelElement[] =>
  elements.filter((e) => (e.type === 'reset' ? link.channel[e.segmentIndex]?.type !== 'device' : !e.ofReset));

/** The caps on a link's generation and width (its parts, its ends, the design) and what it targets. */
interface LinkLimits {
  genCaps: Cap[];
  /** Who the two ends are, as causes name them (parts, not ids: results are shared by links of one shape). */
  endsBy: [string, string];
  topGen: Cap | null;
  /** The generation analyzed: the design's, else the highest every part supports. */
  gen: number | null;
  laneRateGbps: number | null;
  width: Cap;
}

function linkLimits(ctx: PhyContext, link: Link, dev: ChannelDevices): LinkLimits {
  const from = portOf(ctx, link.from.component, link.from.port);
  const to = portOf(ctx, link.to.component, link.to.port);
  const genCaps: Cap[] = [...dev.genCaps];
  const fromBy = `the from end (${ctx.components.get(link.from.component)?.part})`;
  const toBy = `the to end (${ctx.components.get(link.to.component)?.part})`;
  if (from?.maxGen != null) genCaps.push({ value: from.maxGen, by: fromBy });
  if (to?.maxGen != null) genCaps.push({ value: to.maxGen, by: toBy });
  const laneCaps: Cap[] = [{ value: link.width, by: 'the design' }, ...dev.laneCaps];
  if (from) laneCaps.push({ value: from.lanes, by: fromBy });
  if (to) laneCaps.push({ value: to.lanes, by: toBy });
  const topGen = minCap(genCaps);
  return {
    genCaps,
    endsBy: [fromBy, toBy],
    topGen,
    gen: link.gen ?? topGen?.value ?? null,
    laneRateGbps: link.laneRateGbps ?? from?.laneRateGbps ?? to?.laneRateGbps ?? null,
    width: minCap(laneCaps)!,
  };
}

export function analyzeLinkCore(ctx: PhyContext, link: Link): { core: LinkCore; findings: Finding[] } {
  const dev = channelDevices(ctx, link);
  const findings: Finding[] = [...dev.findings];
  const lim = linkLimits(ctx, link, dev);
  const { gen, width } = lim;
  if (width.value < link.width)
    findings.push({
      severity: 'warning',
      code: 'phy-width-reduced',
      message: `{link} trains at x${width.value}: ${width.by} supports only x${width.value}`,
    });
  const base = {
    protocol: link.protocol,
    gen,
    width: link.width,
    retimersPresent: dev.resets,
    addedLatencyNs: dev.latencyNs,
    addedPowerW: dev.powerW,
  };
  if (link.channel.length === 0) return { core: { ...base, ...noChannel(link, lim, findings) }, findings };

  const target = evaluateAtGen(ctx, link, gen, lim.laneRateGbps);
  findings.push(...target.findings);
  const tooManyRetimers = target.std.maxRetimers !== null && dev.resets > target.std.maxRetimers;
  findings.push(...standardFindings(target, dev.resets));
  const { needed, fix } = retimerPlacements(link, target, dev.resets);
  // More retimers than the standard allows is non-compliant however good each segment is.
  let verdict: LinkPhyResult['verdict'] = tooManyRetimers ? 'fail' : target.verdict;
  if (gen !== null && lim.topGen !== null && gen > lim.topGen.value) verdict = 'fail';
  findings.push(...generationFindings(link, lim));
  const trainedGen = negotiate(
    ctx,
    link,
    lim,
    { target, verdict, fix, retimersPresent: dev.resets },
    findings,
  );
  const worst = worstSegment(target.judged);
  const core: LinkCore = {
    ...base,
    lossDb: worst ? worst.lossDb : largestLossDb(target.judged),
    budgetDb: worst?.budgetDb ?? target.std.budgetDb,
    marginDb: worst?.marginDb ?? null,
    retimersNeeded: needed?.feasible ? needed.count : null,
    trainedGen,
    trainedWidth: width.value,
    verdict,
    dominant: worstDominant(target.judged),
    segments: target.judged.map((j) => j.segment),
  };
  return { core, findings };
}

/** The part of a link's result its channel decides. */
type ChannelOutcome = Pick<
  LinkCore,
  | 'lossDb'
  | 'budgetDb'
  | 'marginDb'
  | 'retimersNeeded'
  | 'trainedGen'
  | 'trainedWidth'
  | 'verdict'
  | 'dominant'
  | 'segments'
>;

/** A link without channel segments: no verdict; its reported speed (else the target) is kept. */
function noChannel(link: Link, { gen, width }: LinkLimits, findings: Finding[]): ChannelOutcome {
  findings.push({
    severity: 'info',
    code: 'phy-no-channel',
    message: '{link} has no channel segments; verdict unknown, reported speed kept',
    dedupeKey: 'no-channel',
  });
  const state = link.reported ?? { gen, width: width.value };
  return {
    lossDb: null,
    budgetDb: null,
    marginDb: null,
    retimersNeeded: null,
    trainedGen: state.gen,
    trainedWidth: state.width,
    verdict: 'unknown',
    dominant: null,
    segments: [],
  };
}

/** What the standard says of the channel: more retimers than it allows, no sourced budget. */
function standardFindings(target: GenEvaluation, retimersPresent: number): Finding[] {
  const out: Finding[] = [];
  if (target.std.maxRetimers !== null && retimersPresent > target.std.maxRetimers)
    out.push({
      severity: 'error',
      code: 'phy-too-many-retimers',
      message: `{link} has ${retimersPresent} retimers; ${target.std.label} allows at most ${target.std.maxRetimers}`,
    });
  if (target.std.budgetDb === null && target.verdict === 'unknown')
    out.push({
      severity: 'info',
      code: 'phy-no-budget',
      message: `no sourced loss budget for ${target.std.label}; loss reported without a verdict`,
      dedupeKey: `no-budget:${target.std.label}`,
    });
  return out;
}

/** Retimers the bare channel needs, and (for a failing channel) where added retimers would fix it as built. */
function retimerPlacements(
  link: Link,
  target: GenEvaluation,
  retimersPresent: number,
): { needed: RetimerPlacement | null; fix: RetimerPlacement | null } {
  if (target.std.budgetDb === null) return { needed: null, fix: null };
  const maxRt = Math.min(target.std.maxRetimers ?? PLACEMENT_SEARCH_MAX, PLACEMENT_SEARCH_MAX);
  // Retimed cables stay in the channel and count against the retimer limit.
  const bare = withoutRetimers(target.elements, link);
  const cableResets = bare.reduce((n, e) => n + (e.type === 'reset' ? 1 : 0), 0);
  const needed = placeOnChannel(bare, target.std.budgetDb, Math.max(0, maxRt - cableResets));
  const fix =
    target.verdict === 'fail'
      ? placeOnChannel(target.elements, target.std.budgetDb, Math.max(0, maxRt - retimersPresent))
      : null;
  return { needed, fix };
}

/** A generation the parts cannot run, or one a part in the channel holds below what both ends support. */
function generationFindings(link: Link, { gen, topGen, genCaps, endsBy }: LinkLimits): Finding[] {
  const out: Finding[] = [];
  if (gen !== null && topGen !== null && gen > topGen.value)
    out.push({
      severity: 'warning',
      code: 'phy-gen-unsupported',
      message: `{link} is designed for ${genLabel(link.protocol, gen)} but ${topGen.by} supports only ${genLabel(link.protocol, topGen.value)}`,
    });
  const endsGen = minCap(genCaps.filter((c) => endsBy.includes(c.by)));
  if (link.gen === null && topGen && endsGen && topGen.value < endsGen.value)
    out.push({
      severity: 'warning',
      code: 'phy-gen-limited',
      message: `{link} runs at ${genLabel(link.protocol, topGen.value)}: ${topGen.by} supports only ${genLabel(link.protocol, topGen.value)} (both ends support ${genLabel(link.protocol, endsGen.value)})`,
    });
  return out;
}

/** What the negotiation works from: the target evaluation, the verdict so far, and the retimer fix if any. */
interface Outcome {
  target: GenEvaluation;
  verdict: LinkPhyResult['verdict'];
  fix: RetimerPlacement | null;
  retimersPresent: number;
}

/**
 * Negotiation: the highest generation at or below the target that every part supports and whose channel passes.
 * Adds the finding that explains the outcome (downtrain, no training, split exceeded, low margin, failed channel).
 */
function negotiate(
  ctx: PhyContext,
  link: Link,
  { gen, topGen, laneRateGbps, width }: LinkLimits,
  { target, verdict, fix, retimersPresent }: Outcome,
  findings: Finding[],
): number | null {
  const worst = worstSegment(target.judged);
  const { trainedGen, unverified } = negotiateGen(
    ctx,
    link,
    gen,
    topGen?.value ?? null,
    target,
    laneRateGbps,
  );
  const unsupported =
    gen !== null && topGen !== null && gen > topGen.value
      ? `${topGen.by} supports only ${genLabel(link.protocol, topGen.value)}`
      : null;
  if (gen !== null && trainedGen !== gen) {
    const cause = { link, gen, target, worst, fix, retimersPresent, unsupported };
    const msg = downtrainMessage(cause, trainedGen, width.value, unverified);
    findings.push({
      severity: trainedGen === null ? 'error' : 'warning',
      code: trainedGen === null ? 'phy-no-train' : 'phy-downtrain',
      message: msg.message,
      hint: msg.hint,
    });
  } else if (target.judged.some((j) => j.cause === 'split')) {
    findings.push(...splitFindings(target));
  } else if (verdict === 'warn' && worst) {
    findings.push({
      severity: 'warning',
      code: 'phy-low-margin',
      message: `{link}: margin ${worst.marginDb!.toFixed(2)} dB is under the recommended ${ctx.recommendedMarginPct} % of the ${worst.budgetDb} dB budget`,
    });
  } else if (target.verdict === 'fail' && gen === null) {
    const cause = failureCause({ link, gen: 0, target, worst, fix, retimersPresent, unsupported: null });
    findings.push({
      severity: 'error',
      code: 'phy-fail',
      message: `{link}: ${cause.kind === 'other' ? 'channel fails its budget' : cause.text}`,
      hint: cause.hint,
    });
  }
  return trainedGen;
}

/** Each part of a cabled segment over its allocation of the cabled split, though the channel as built closes. */
function splitFindings(target: GenEvaluation): Finding[] {
  const out: Finding[] = [];
  for (const j of target.judged) {
    if (j.cause !== 'split') continue;
    for (const p of j.segment.parts ?? [])
      if (p.marginDb !== null && p.marginDb < 0)
        out.push({
          severity: 'warning',
          code: 'phy-split-exceeded',
          message: `{link}: ${p.name} ${p.lossDb!.toFixed(2)} dB exceeds its ${p.allocationDb} dB ${target.std.label} cabled allocation; the channel closes with this cable (margin ${j.segment.marginDb!.toFixed(2)} dB), but a compliant cable at its rated reach may not`,
          hint:
            p.name === 'cable'
              ? 'use a shorter or lower-loss cable'
              : 'shorten the board trace to the cable connector, or use a lower-loss material',
        });
  }
  return out;
}

/** The dominant part of the segment that decides the verdict: a failing one first, else the least margin. */
function worstDominant(judged: readonly JudgedSegment[]): string | null {
  const failing = judged.find((j) => j.verdict === 'fail');
  if (failing) return failing.segment.dominant;
  return worstSegment(judged)?.dominant ?? judged[0]?.segment.dominant ?? null;
}
