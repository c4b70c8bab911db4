/** A cable segment: a retimed (DSP) cable resets the budget; a passive one adds loss per metre, or is rated by reach. */
import type { Protocol, Segment } from '../model/index.js';
import { mFromMm } from '../model/index.js';
import {
  extrapolationFinding,
  lossElement as item,
  notInCatalog,
  type CableFacts,
  type ChannelElement,
  type LossElement,
} from './channel-element.js';
import { electricalProtocol, type PhyContext } from './context.js';
import type { Finding } from './findings.js';
import { lossAtFreq } from './freq-loss.js';

export function cableElements(
  ctx: PhyContext,
  seg: Extract<Segment, { type: 'cable' }>,
  protocol: Protocol,
  i: number,
  f: number | null,
  decides: boolean,
  findings: Finding[],
): ChannelElement[] {
  const cable = ctx.cables.get(seg.part);
  const lengthM = mFromMm(seg.lengthMm);
  if (!cable) return [notInCatalog(findings, 'phy-unknown-cable', 'cable', seg.part, `cable ${seg.part}`, i)];
  if (!cable.protocols.some((p) => electricalProtocol(p) === electricalProtocol(protocol)))
    findings.push({
      severity: 'error',
      code: 'phy-cable-protocol',
      message: `{link}: cable ${cable.id} carries ${cable.protocols.join('/')}, not ${protocol}`,
      hint: 'run `rackwire phy cables` for a cable that carries this protocol',
      channelIndex: i,
    });
  if (lengthM > cable.maxReachM)
    findings.push({
      severity: 'error',
      code: 'phy-cable-too-long',
      message: `{link}: cable ${cable.id} is ${lengthM} m, beyond its rated reach of ${cable.maxReachM} m`,
      hint: 'use a shorter cable, an active cable (AEC) or optics: `rackwire phy cables` lists the options that reach',
      channelIndex: i,
    });
  const label = `cable ${cable.id} ${lengthM} m`;
  if (cable.resetsChannelBudget) return [{ type: 'reset', label, segmentIndex: i }];
  const facts: CableFacts = {
    id: cable.id,
    lengthM,
    ratedReachM: cable.maxReachM,
    lossPerMDb: null,
    connectorLossDb: cable.connectorLossDb ?? 0,
  };
  if (cable.lossPerM && f !== null) {
    const perM = lossAtFreq(cable.lossPerM, f);
    if (perM.extrapolated) findings.push(extrapolationFinding(`cable ${cable.id}`, f, i, decides));
    facts.lossPerMDb = perM.db;
    const el: LossElement = { ...item(label, i, perM.db * lengthM + facts.connectorLossDb), cable: facts };
    el.item.lengthMm = seg.lengthMm;
    return [el];
  }
  // No loss figure: the channel's loss is unknown (a rated reach assumes compliant hosts, which is what is checked).
  if (decides)
    findings.push({
      severity: 'info',
      code: 'phy-cable-loss-unknown',
      message: `cable ${cable.id} has no loss per metre in the catalog; channels through it are not judged on loss`,
      hint: 'add lossPerM (and connectorLossDb) to the cable in a user catalog',
      channelIndex: i,
      dedupeKey: `cable-loss:${cable.id}`,
    });
  const el: LossElement = {
    ...item(label, i, null, `no loss figure; rated reach ${cable.maxReachM} m`),
    cable: facts,
  };
  el.item.lengthMm = seg.lengthMm;
  return [el];
}
