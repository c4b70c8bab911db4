/** Look-up tables built once per analysis so the per-link work is Map look-ups (near-linear in links). */
import type { Cable, Catalog, Connector, Material, Part, Standard } from '../catalog/index.js';
import { findGuidance } from '../catalog/index.js';
import type { Component, Design, Protocol } from '../model/index.js';
import type { Finding } from './findings.js';

export interface PhyContext {
  catalog: Catalog;
  parts: Map<string, Part>;
  materials: Map<string, Material>;
  connectors: Map<string, Connector>;
  cables: Map<string, Cable>;
  components: Map<string, Component>;
  /** Standards by `protocol:gen` and by `protocol@laneRateGbps`. */
  standardsByGen: Map<string, Standard>;
  standardsByRate: Map<string, Standard>;
  /** Catalog guidance `via-loss` (dB per via); null when the catalog lacks it. */
  viaLossDb: number | null;
  /** Recommended margin (% of budget) in force for this analysis; null when none is known. */
  recommendedMarginPct: number | null;
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((r) => [r.id, r]));

/** PCIe and CXL share the PCIe electrical layer, so CXL budgets are PCIe's (CXL 1.x-3.x run on the PCIe PHY). */
export const electricalProtocol = (protocol: Protocol): Protocol => (protocol === 'cxl' ? 'pcie' : protocol);

/** The recommended margin in force: the option, else the design's setting, else the catalog guidance (%). */
export const recommendedMarginPct = (design: Design, catalog: Catalog, marginPct?: number): number | null =>
  marginPct ?? design.settings.recommendedMarginPct ?? findGuidance(catalog, 'recommended-margin') ?? null;

/** The recommended margin in dB for a budget, or null when either is unknown. */
export function recommendedMarginDb(
  design: Design,
  catalog: Catalog,
  budgetDb: number | null,
  marginPct?: number,
): number | null {
  const pct = recommendedMarginPct(design, catalog, marginPct);
  return pct === null || budgetDb === null ? null : (budgetDb * pct) / 100;
}

export function buildContext(design: Design, catalog: Catalog, marginPct?: number): PhyContext {
  const standardsByGen = new Map<string, Standard>();
  const standardsByRate = new Map<string, Standard>();
  // The first standard listed for a key wins: the catalog lists a lane rate's common signalling first
  // (25G Ethernet: NRZ KR/CR at 12.9 GHz before the rarer PAM4 KP4 backplane at 7 GHz).
  const addFirst = (m: Map<string, Standard>, key: string, s: Standard) => {
    if (!m.has(key)) m.set(key, s);
  };
  for (const s of catalog.standards) {
    if (s.gen !== null) addFirst(standardsByGen, `${s.protocol}:${s.gen}`, s);
    if (s.laneRateGbps !== undefined) addFirst(standardsByRate, `${s.protocol}@${s.laneRateGbps}`, s);
  }
  return {
    catalog,
    parts: byId(catalog.parts),
    materials: byId(catalog.materials),
    connectors: byId(catalog.connectors),
    cables: byId(catalog.cables),
    components: byId(design.components),
    standardsByGen,
    standardsByRate,
    viaLossDb: findGuidance(catalog, 'via-loss') ?? null,
    recommendedMarginPct: recommendedMarginPct(design, catalog, marginPct),
  };
}

/** The component and its catalog part, or undefined for either when absent. */
export function componentPart(ctx: PhyContext, componentId: string): { c?: Component; part?: Part } {
  const c = ctx.components.get(componentId);
  return { c, part: c ? ctx.parts.get(c.part) : undefined };
}

/**
 * The component and its part when both are known; otherwise records a `phy-unknown-device` error at channel
 * segment `i` (`what` says which use of the component failed) and returns null.
 */
export function knownComponentPart(
  ctx: PhyContext,
  componentId: string,
  i: number,
  findings: Finding[],
  what: string,
): { c: Component; part: Part } | null {
  const { c, part } = componentPart(ctx, componentId);
  if (c && part) return { c, part };
  findings.push({ severity: 'error', code: 'phy-unknown-device', message: what, channelIndex: i });
  return null;
}
