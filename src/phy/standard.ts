/** Which standard (rate, Nyquist, loss budget, retimer limit) governs a link at a generation or lane rate. */
import type { Standard } from '../catalog/index.js';
import type { Protocol } from '../model/index.js';
import { electricalProtocol, type PhyContext } from './context.js';

export interface LinkStandard {
  standard: Standard | null;
  /** Frequency at which losses are evaluated (GHz); null when the catalog gives no rate. */
  nyquistGHz: number | null;
  /** Bump-to-bump budget per retimed segment (dB); null when no public source gives one. */
  budgetDb: number | null;
  /** Most retimers the standard allows per link; null when the catalog states no limit. */
  maxRetimers: number | null;
  /** `PCIe Gen5`, `ethernet 100G/lane`: for messages. */
  label: string;
}

/** Symbols per second per bit: NRZ carries 1 bit per symbol, PAM4 2; Nyquist is half the symbol rate. */
const BITS_PER_SYMBOL = { NRZ: 1, PAM4: 2 } as const;

export function nyquistOf(s: Standard): number | null {
  if (s.nyquistGHz !== undefined) return s.nyquistGHz;
  if (s.rateGTps !== undefined && s.signalling !== undefined)
    return s.rateGTps / BITS_PER_SYMBOL[s.signalling] / 2;
  return null;
}

export const genLabel = (
  protocol: Protocol,
  gen: number | null,
  laneRateGbps: number | null = null,
): string => {
  const p = electricalProtocol(protocol);
  if (gen === null) return laneRateGbps === null ? `${protocol}` : `${protocol} ${laneRateGbps}G/lane`;
  return p === 'pcie' ? `Gen${gen}` : `${protocol} gen ${gen}`;
};

export function resolveStandard(
  ctx: PhyContext,
  protocol: Protocol,
  gen: number | null,
  laneRateGbps: number | null,
): LinkStandard {
  const p = electricalProtocol(protocol);
  const s =
    (gen !== null ? ctx.standardsByGen.get(`${p}:${gen}`) : undefined) ??
    (laneRateGbps !== null ? ctx.standardsByRate.get(`${p}@${laneRateGbps}`) : undefined) ??
    null;
  return {
    standard: s,
    nyquistGHz: s ? nyquistOf(s) : null,
    budgetDb: s?.lossBudgetDb ?? null,
    maxRetimers: s?.maxRetimers ?? null,
    label: genLabel(protocol, gen, laneRateGbps),
  };
}
