/**
 * A link's channel segments evaluated at one frequency: loss items in order, and the budget resets
 * (retimers, retimed cables, optical modules) between them.
 */
import type { Protocol, Segment } from '../model/index.js';
import { inchesFromMm } from '../model/index.js';
import { cableElements } from './channel-cable.js';
import { deviceElements } from './channel-device.js';
import {
  extrapolationFinding,
  fmtMm,
  lossElement as item,
  notInCatalog,
  type ChannelElement,
  type EvaluatedChannel,
} from './channel-element.js';
import type { PhyContext } from './context.js';
import type { Finding } from './findings.js';
import { lossAtFreq } from './freq-loss.js';
import { packageItem } from './package-loss.js';
import type { LinkStandard } from './standard.js';

export type {
  CableFacts,
  ChannelElement,
  EvaluatedChannel,
  LossElement,
  ResetElement,
} from './channel-element.js';

/**
 * Whether the package at channel index `i` sits on the add-in card: no connector lies between it and the
 * `add-in-card` segment (the CEM connector separates board from card). Null when the channel has an add-in
 * card but no connector to tell the sides apart (then the part's PCIe role decides).
 */
export function onCard(channel: readonly Segment[], i: number): boolean | null {
  const aic = channel.findIndex((s) => s.type === 'add-in-card');
  if (aic < 0) return false;
  if (!channel.some((s) => s.type === 'connector')) return null;
  for (let j = Math.min(i, aic) + 1; j < Math.max(i, aic); j++)
    if (channel[j]!.type === 'connector') return false;
  return true;
}

/** Evaluates every segment of `channel` (of a `protocol` link) at the standard's Nyquist frequency. */
export function evaluateChannel(
  ctx: PhyContext,
  channel: readonly Segment[],
  std: LinkStandard,
  protocol: Protocol,
): EvaluatedChannel {
  const out: ChannelElement[] = [];
  const findings: Finding[] = [];
  if (std.nyquistGHz === null)
    findings.push({
      severity: 'info',
      code: 'phy-no-rate',
      message: `no rate or Nyquist frequency for ${std.label} in the catalog; frequency-dependent losses unknown`,
      dedupeKey: `no-rate:${std.label}`,
    });
  const f = std.nyquistGHz;
  channel.forEach((seg, i) => {
    switch (seg.type) {
      case 'package':
        out.push(...packageItem(ctx, seg.component, i, onCard(channel, i), std, findings));
        return;
      case 'trace':
        out.push(traceElement(ctx, seg, i, std, findings));
        return;
      case 'via':
        out.push(viaElement(ctx, seg, i, findings));
        return;
      case 'connector':
        out.push(connectorElement(ctx, seg, i, std, findings));
        return;
      case 'cable':
        out.push(...cableElements(ctx, seg, protocol, i, f, std.budgetDb !== null, findings));
        return;
      case 'add-in-card':
        out.push(addInCardElement(i, std, findings));
        return;
      case 'loss':
        out.push(item(`loss ${seg.note}`, i, seg.lossDb));
        return;
      case 'device':
        out.push(...deviceElements(ctx, seg.component, i, f, std, findings));
        return;
    }
  });
  return { elements: out, findings };
}

type SegmentOf<T extends Segment['type']> = Extract<Segment, { type: T }>;

/** A PCB trace: its material's loss per inch at the Nyquist frequency times its length (splittable by retimers). */
function traceElement(
  ctx: PhyContext,
  seg: SegmentOf<'trace'>,
  i: number,
  std: LinkStandard,
  findings: Finding[],
): ChannelElement {
  const m = ctx.materials.get(seg.material);
  if (!m)
    return notInCatalog(
      findings,
      'phy-unknown-material',
      'material',
      seg.material,
      `trace ${seg.material}`,
      i,
    );
  const f = std.nyquistGHz;
  const perIn = f === null ? null : lossAtFreq(m.lossPerInch, f);
  if (perIn?.extrapolated)
    findings.push(extrapolationFinding(`material ${m.id}`, f!, i, std.budgetDb !== null));
  return {
    type: 'loss',
    item: {
      label: `trace ${m.id} ${fmtMm(seg.lengthMm)}`,
      segmentIndex: i,
      lossDb: perIn === null ? null : perIn.db * inchesFromMm(seg.lengthMm),
      lengthMm: seg.lengthMm,
      splittable: true,
      note: null,
    },
  };
}

/** Vias: the catalog's loss per via times their count. */
function viaElement(ctx: PhyContext, seg: SegmentOf<'via'>, i: number, findings: Finding[]): ChannelElement {
  if (ctx.viaLossDb === null)
    findings.push({
      severity: 'error',
      code: 'phy-no-via-loss',
      message: 'the catalog has no via-loss guidance',
      channelIndex: i,
    });
  return item(`${seg.count} via`, i, ctx.viaLossDb === null ? null : seg.count * ctx.viaLossDb);
}

/** A connector: its catalog loss per mated pair at the Nyquist frequency. */
function connectorElement(
  ctx: PhyContext,
  seg: SegmentOf<'connector'>,
  i: number,
  std: LinkStandard,
  findings: Finding[],
): ChannelElement {
  const c = ctx.connectors.get(seg.part);
  if (!c)
    return notInCatalog(findings, 'phy-unknown-connector', 'connector', seg.part, `connector ${seg.part}`, i);
  const f = std.nyquistGHz;
  const l = f === null ? null : lossAtFreq(c.loss, f);
  if (l?.extrapolated) findings.push(extrapolationFinding(`connector ${c.id}`, f!, i, std.budgetDb !== null));
  return item(`connector ${c.id}`, i, l?.db ?? null);
}

/** An add-in card: the standard's card allowance (CEM), which includes the card's package. */
function addInCardElement(i: number, std: LinkStandard, findings: Finding[]): ChannelElement {
  const split = std.standard?.budgetSplit ?? null;
  if (!split)
    findings.push({
      severity: 'warning',
      code: 'phy-no-aic-allowance',
      message: `no sourced add-in-card allowance for ${std.label}`,
      channelIndex: i,
      dedupeKey: `aic:${std.label}`,
    });
  const est = std.standard?.estimates?.budgetSplit;
  return item(
    'add-in-card',
    i,
    split ? split.addInCardDb : null,
    est ? `estimate: ${est}` : 'CEM allowance, includes the card package',
  );
}
