/** An in-channel device segment: a retimer-class reset, a redriver's linear gain, or a pass-through part. */
import { kindTraits } from '../model/index.js';
import {
  extrapolationFinding,
  lossElement as item,
  type ChannelElement,
  type LossElement,
  type ResetElement,
} from './channel-element.js';
import { knownComponentPart, type PhyContext } from './context.js';
import type { Finding } from './findings.js';
import { lossAtFreq } from './freq-loss.js';
import type { LinkStandard } from './standard.js';

/** Redrivers are specified as linear equalisers; from Gen5 the PCIe specification relies on retimers
 * (PCI-SIG "Retimers to the rescue" Q&A, pcisig.com blog 2019; redrivers are not defined by the spec). */
export const REDRIVER_WARN_FROM_PCIE_GEN = 5;

export function deviceElements(
  ctx: PhyContext,
  componentId: string,
  i: number,
  f: number | null,
  std: LinkStandard,
  findings: Finding[],
): ChannelElement[] {
  const known = knownComponentPart(
    ctx,
    componentId,
    i,
    findings,
    `in-channel device "${componentId}" or its part is unknown`,
  );
  if (!known) return [item(`device ${componentId}`, i, null)];
  const { c, part } = known;
  const traits = kindTraits(c.kind);
  if (traits.resetsChannelBudget) {
    const pkg = part.packageLossDb;
    const reset: ResetElement = { type: 'reset', label: `${c.kind} ${part.id}`, segmentIndex: i };
    if (pkg === undefined) return [reset];
    // Each retimed segment ends at the retimer's pins on one side and starts at them on the other.
    const side = (): LossElement => ({ ...item(`package ${part.id}`, i, pkg), ofReset: true });
    return [side(), reset, side()];
  }
  if (traits.addsChannelGain) {
    const gen = std.standard?.gen ?? null;
    if (std.standard?.protocol === 'pcie' && gen !== null && gen >= REDRIVER_WARN_FROM_PCIE_GEN)
      findings.push({
        severity: 'warning',
        code: 'phy-redriver-high-gen',
        message: `{link}: redriver ${part.id} used at ${std.label}; the specification expects retimers from Gen${REDRIVER_WARN_FROM_PCIE_GEN}`,
        hint: 'a redriver does not reset jitter or the budget; use a retimer',
        channelIndex: i,
      });
    if (!part.gain) {
      findings.push({
        severity: 'warning',
        code: 'phy-redriver-no-gain',
        message: `redriver part ${part.id} has no gain data; counted as 0 dB`,
        channelIndex: i,
        dedupeKey: `gain:${part.id}`,
      });
      return [item(`redriver ${part.id}`, i, 0)];
    }
    if (f === null) return [item(`redriver ${part.id} gain`, i, null)];
    const g = lossAtFreq(part.gain, f);
    if (g.extrapolated)
      findings.push(extrapolationFinding(`redriver ${part.id} gain`, f, i, std.budgetDb !== null));
    return [item(`redriver ${part.id} gain`, i, -g.db, 'linear equaliser gain (datasheet)')];
  }
  if (!traits.inChannel)
    findings.push({
      severity: 'error',
      code: 'phy-not-in-channel',
      message: `{link}: a ${c.kind} (${part.id}) cannot sit inside a channel`,
      channelIndex: i,
    });
  return [item(`${c.kind} ${part.id}`, i, 0)];
}
