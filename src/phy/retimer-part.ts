/** Choosing the catalog retimer to propose for a link: budget-resetting, in-channel, supports the protocol and gen. */
import type { Part } from '../catalog/index.js';
import { kindTraits, type Protocol } from '../model/index.js';
import type { PhyContext } from './context.js';
import { electricalProtocol } from './context.js';

/**
 * The best retimer for `protocol` at `gen` and `width`: lanes enough for the link first, then the part made
 * for the lowest generation that still supports `gen` (a Gen5 link gets a Gen5 retimer, not a dearer Gen6
 * one), then lowest latency, lowest power (unknown last) and lowest package loss; ties by id so the choice
 * is stable. Undefined when none fits.
 */
export function bestRetimerPart(
  ctx: PhyContext,
  protocol: Protocol,
  gen: number,
  width: number,
): Part | undefined {
  const p = electricalProtocol(protocol);
  const fits = ctx.catalog.parts.filter((part) => {
    const t = kindTraits(part.kind);
    if (!t.resetsChannelBudget || !t.inChannel || (part.maxGen ?? 0) < gen) return false;
    return part.ports.some(
      (q) => electricalProtocol(q.protocol) === p || (q.altProtocols ?? []).includes(protocol),
    );
  });
  const lanes = (part: Part) => Math.max(0, ...part.ports.map((q) => q.lanes));
  const key = (part: Part): number[] => [
    lanes(part) >= width ? 0 : 1,
    part.maxGen ?? Infinity,
    part.latencyNs ?? Infinity,
    part.powerW ?? Infinity,
    part.packageLossDb ?? 0,
  ];
  return fits.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.id.localeCompare(b.id);
  })[0];
}
