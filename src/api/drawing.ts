/** The topology drawing of a prepared design: the physical verdicts and link rates it shows, then the picture. */
import { indexDesign, linkRate, linkRunState } from '../perf/index.js';
import { drawDesign, type DrawingOptions, type DrawnLinkFacts } from '../report/drawing/index.js';

export type { ColorBy, DrawingOptions } from '../report/drawing/index.js';
import type { PreparedDesign } from './prepare.js';

/** Per-link facts the drawing shows: the physical verdict and margin, trained state, per-direction bandwidth. */
export function drawnLinkFacts(p: PreparedDesign): Map<string, DrawnLinkFacts> {
  const out = new Map<string, DrawnLinkFacts>();
  if (!p.design) return out;
  const ix = indexDesign(p.design, p.catalog);
  const phy = new Map((p.phy?.links ?? []).map((l) => [l.id, l]));
  for (const link of p.design.links) {
    const r = phy.get(link.id);
    const rate = linkRate(ix, link, linkRunState(ix, link, p.trained));
    out.set(link.id, {
      verdict: r?.verdict ?? null,
      marginDb: r?.marginDb ?? null,
      trainedGen: r?.trainedGen ?? null,
      trainedWidth: r?.trainedWidth ?? null,
      rateGBps: rate.rawGBps,
    });
  }
  return out;
}

/** SVG drawing of a prepared design (null when the design did not load). */
export async function drawingOfDesign(
  p: PreparedDesign,
  options: DrawingOptions = {},
): Promise<string | null> {
  if (!p.design) return null;
  return drawDesign({ design: p.design, links: drawnLinkFacts(p), options });
}
