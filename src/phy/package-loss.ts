/**
 * Endpoint package loss. Budgets are bump to bump, so a package counts once: the part's own
 * `packageLossDb`, else the standard's root-package allowance; a package on the add-in card (an endpoint,
 * or a switch on a switch card) is inside the CEM add-in-card allowance (which includes the card's
 * package), so it is never counted twice.
 */
import { kindTraits } from '../model/index.js';
import { knownComponentPart, type PhyContext } from './context.js';
import { lossElement as el } from './channel-element.js';
import type { ChannelElement } from './channel-element.js';
import type { Finding } from './findings.js';
import type { LinkStandard } from './standard.js';

export function packageItem(
  ctx: PhyContext,
  componentId: string,
  i: number,
  /** On the add-in card (see `onCard`); null: the channel has a card but does not say which side. */
  onCard: boolean | null,
  std: LinkStandard,
  findings: Finding[],
): ChannelElement[] {
  const known = knownComponentPart(
    ctx,
    componentId,
    i,
    findings,
    `package of unknown component or part "${componentId}"`,
  );
  if (!known) return [el(`package ${componentId}`, i, null)];
  const { c, part } = known;
  const label = `package ${part.id}`;
  const role = kindTraits(c.kind).pcieRole;
  const hostSide = role === 'root-complex' || role === 'switch';
  if (onCard === true || (onCard === null && !hostSide))
    return [el(label, i, 0, 'inside the add-in-card allowance')];
  if (part.packageLossDb !== undefined)
    return [el(label, i, part.packageLossDb, `part ${part.id} package loss`)];
  const split = std.standard?.budgetSplit ?? null;
  if (!split) {
    findings.push({
      severity: 'info',
      code: 'phy-package-unknown',
      message: `no package loss for part ${part.id} and no package allowance for ${std.label}; not counted`,
      channelIndex: i,
      dedupeKey: `pkg-unknown:${part.id}:${std.label}`,
    });
    return [el(label, i, 0, 'package loss unknown, not counted')];
  }
  if (!hostSide) {
    // SXM/OAM modules on a baseboard have no add-in card; the root-package allowance is the nearest sourced figure.
    findings.push({
      severity: 'info',
      code: 'phy-package-estimated',
      message: `package loss of ${part.id} estimated with the ${std.label} root-package allowance (${split.rootPackageDb} dB)`,
      channelIndex: i,
      dedupeKey: `pkg-est:${part.id}:${std.label}`,
    });
    return [el(label, i, split.rootPackageDb, 'estimate: root-package allowance')];
  }
  return [el(label, i, split.rootPackageDb, `${std.label} root-package allowance`)];
}
