/** Trained link states from the physical check's result shape (`analyzePhysical(...).links`). */
import type { TrainedLink } from './state.js';

export interface PhyLinkLike {
  id: string;
  trainedGen: number | null;
  trainedWidth: number | null;
  addedLatencyNs: number;
}

/** Links the physical check could train; others fall back to reported or designed state. */
export function trainedFromPhy(links: readonly PhyLinkLike[]): Map<string, TrainedLink> {
  const out = new Map<string, TrainedLink>();
  for (const l of links) {
    if (l.trainedWidth === null) continue;
    out.set(l.id, { gen: l.trainedGen, width: l.trainedWidth, addedLatencyNs: l.addedLatencyNs });
  }
  return out;
}
