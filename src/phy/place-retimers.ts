/** `placeRetimers`: for each failing link, the fewest retimers and where they go, applied to a copy of the design. */
import type { Catalog, Part } from '../catalog/index.js';
import type { Component, Design, DraftIssue, Link, Port, Segment } from '../model/index.js';
import { kindTraits } from '../model/index.js';
import { adviseInfeasible } from './advice.js';
import { analyzeLinkCore } from './analyze-link.js';
import { evaluateAtGen } from './evaluate.js';
import { buildContext, type PhyContext } from './context.js';
import { channelDevices } from './devices.js';
import { PLACEMENT_SEARCH_MAX, placeOnChannel, type RetimerCut } from './retimer-placement.js';
import { bestRetimerPart } from './retimer-part.js';
import type { PhyOptions } from './types.js';

export interface RetimerProposal {
  linkId: string;
  gen: number | null;
  /** Retimers to add (0 when none can fix the link). */
  count: number;
  cuts: RetimerCut[];
  /** Catalog part proposed, or null when the catalog has none for this generation. */
  part: string | null;
  /** Ids of the components added to the design. */
  added: string[];
  feasible: boolean;
  /** Worst segment margin with the proposed retimers (dB). */
  worstMarginDb: number | null;
  /** What would help when retimers alone are not enough. */
  advice: string[];
}

export interface PlaceRetimersResult {
  design: Design;
  proposals: RetimerProposal[];
  issues: DraftIssue[];
}

const expandPorts = (part: Part): Port[] =>
  part.ports.flatMap((t) =>
    Array.from({ length: t.count ?? 1 }, (_, i) => ({
      name: t.name.replace('{i}', String(i)),
      protocol: t.protocol,
      altProtocols: t.altProtocols ?? [],
      lanes: t.lanes,
      maxGen: t.maxGen ?? part.maxGen ?? null,
      laneRateGbps: t.laneRateGbps ?? null,
      role: t.role,
      bifurcation: t.bifurcation ?? null,
      partition: t.partition ?? null,
    })),
  );

/**
 * Lengths written into the fixed design are rounded to 10 nm: enough to drop float noise from the YAML
 * while moving a segment's loss by under 1e-6 dB (≤ 0.08 dB/mm × 5e-6 mm), inside the check's tolerance.
 */
const roundMm = (mm: number): number => Math.round(mm * 1e5) / 1e5;

/** Inserts a device segment per cut; cuts are applied from the end so earlier indices and offsets stay valid. */
function insertDevices(channel: readonly Segment[], cuts: RetimerCut[], ids: string[]): Segment[] {
  const out = [...channel];
  const order = cuts.map((c, n) => ({ c, id: ids[n]! }));
  order.sort((x, y) => y.c.channelIndex - x.c.channelIndex || (y.c.offsetMm ?? -1) - (x.c.offsetMm ?? -1));
  for (const { c, id } of order) {
    const seg = out[c.channelIndex];
    const device: Segment = { type: 'device', component: id };
    if (c.offsetMm === null || !seg || seg.type !== 'trace') out.splice(c.channelIndex, 0, device);
    else
      out.splice(
        c.channelIndex,
        1,
        { type: 'trace', material: seg.material, lengthMm: roundMm(c.offsetMm) },
        device,
        { type: 'trace', material: seg.material, lengthMm: roundMm(seg.lengthMm - roundMm(c.offsetMm)) },
      );
  }
  return out;
}

/** Allocates `rtN` ids in the container of the link's `from` component. */
function idAllocator(design: Design) {
  const used = new Set(design.components.map((c) => c.id));
  return (fromId: string, prefix: string): string => {
    const slash = fromId.lastIndexOf('/');
    const base = slash >= 0 ? fromId.slice(0, slash + 1) : '';
    let n = 0;
    while (used.has(`${base}${prefix}${n}`)) n++;
    const id = `${base}${prefix}${n}`;
    used.add(id);
    return id;
  };
}

/** A proposal; `not-loss` when the link fails for a reason retimers cannot fix; null when it passes. */
function proposeFor(
  ctx: PhyContext,
  link: Link,
): { proposal: RetimerProposal; part?: Part } | 'not-loss' | null {
  const { core } = analyzeLinkCore(ctx, link);
  if (core.verdict !== 'fail' || core.gen === null) return null;
  const ev = evaluateAtGen(ctx, link, core.gen, link.laneRateGbps);
  if (ev.std.budgetDb === null) return null;
  const part = bestRetimerPart(ctx, link.protocol, core.gen, link.width);
  const maxAdd = Math.max(
    0,
    Math.min(ev.std.maxRetimers ?? PLACEMENT_SEARCH_MAX, PLACEMENT_SEARCH_MAX) -
      channelDevices(ctx, link).resets,
  );
  const base: RetimerProposal = {
    linkId: link.id,
    gen: core.gen,
    count: 0,
    cuts: [],
    part: part?.id ?? null,
    added: [],
    feasible: false,
    worstMarginDb: null,
    advice: [],
  };
  if (!part)
    return { proposal: { ...base, advice: [`the catalog has no retimer supporting ${ev.std.label}`] } };
  const pkg = part.packageLossDb ?? 0;
  const p = placeOnChannel(ev.elements, ev.std.budgetDb, maxAdd, pkg);
  if (!p)
    return {
      proposal: { ...base, advice: ['a loss in the channel is unknown; fix the catalog issues first'] },
    };
  if (p.feasible && p.count === 0) return 'not-loss'; // e.g. a part's generation, a cable's reach
  if (p.feasible)
    return {
      proposal: { ...base, count: p.count, cuts: p.cuts, feasible: true, worstMarginDb: p.worstMarginDb },
      part,
    };
  return {
    proposal: {
      ...base,
      worstMarginDb: p.worstMarginDb,
      advice: adviseInfeasible(ctx, link, core.gen, maxAdd, pkg),
    },
  };
}

export function placeRetimers(design: Design, catalog: Catalog, opts: PhyOptions = {}): PlaceRetimersResult {
  const ctx = buildContext(design, catalog, opts.recommendedMarginPct);
  const proposals: RetimerProposal[] = [];
  const issues: DraftIssue[] = [];
  const added: Component[] = [];
  const newId = idAllocator(design);
  const links = design.links.map((link, i) => {
    const r = proposeFor(ctx, link);
    if (r === 'not-loss')
      issues.push({
        severity: 'warning',
        code: 'phy-fail-not-loss',
        message: `${link.id} fails for a reason retimers do not fix (its channel loss fits the budget)`,
        modelPath: `links[${i}]`,
        hint: 'run `rackwire check` for the cause (a part that does not support the generation, a cable past its reach)',
      });
    if (!r || r === 'not-loss') return link;
    const { proposal, part } = r;
    proposals.push(proposal);
    if (!proposal.feasible || !part) {
      issues.push({
        severity: 'error',
        code: 'phy-retimers-insufficient',
        message: `${link.id}: retimers within the limit cannot fix the channel`,
        modelPath: `links[${i}]`,
        hint: proposal.advice.join('; '),
      });
      return link;
    }
    const ids = proposal.cuts.map(() => newId(link.from.component, kindTraits(part.kind).idPrefix));
    proposal.added = ids;
    const from = ctx.components.get(link.from.component);
    for (const id of ids)
      added.push({
        id,
        name: id.slice(id.lastIndexOf('/') + 1),
        kind: part.kind,
        part: part.id,
        container: from?.container ?? null,
        ports: expandPorts(part),
        pciBusId: null,
        numaNode: null,
        infos: {},
      });
    return { ...link, channel: insertDevices(link.channel, proposal.cuts, ids) };
  });
  return { design: { ...design, components: [...design.components, ...added], links }, proposals, issues };
}
