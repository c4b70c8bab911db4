/** A path hop by hop: bandwidth per profile, rate factors, latency items and their sources. */
import type { PathExplanation, ProfileGBps, RateFactor, LatencyItem } from '../perf/index.js';
import { fmt } from './paths-labels.js';

const caps = (c: ProfileGBps): string =>
  `raw ${fmt(c.raw)}  nccl ${fmt(c.nccl)}  calibrated ${fmt(c.calibrated)} GB/s`;
const cite = (s: string | null, e: string | null): string => (e ? `ESTIMATE: ${e}` : (s ?? 'unsourced'));
const factor = (f: RateFactor): string =>
  `      × ${f.label}: ${+f.value.toFixed(6)} ${f.unit}  [${cite(f.source, f.estimate)}]`;
const lat = (l: LatencyItem): string =>
  `      + ${l.label}: ${+l.latencyNs.toFixed(3)} ns  [${cite(l.source, l.estimate)}]`;

export function renderExplain(e: PathExplanation): string {
  const head = [
    `${e.src} -> ${e.dst}: class ${e.class}, P2P ${e.p2p ? 'enabled' : 'disabled'} (${e.p2pReason})${e.staged ? ', staged through host memory' : ''}`,
    `bandwidth ${fmt(e.bwGBps)} GB/s per direction (profile ${e.profile}); hardware latency ${fmt(e.hwLatencyNs, 0)} ns`,
  ];
  const hops = e.hops.flatMap((h, i) => [
    `  ${i + 1}. ${h.from} -> ${h.to} (${h.protocol}${h.linkIds.length > 1 ? `, ${h.linkIds.length} links` : ''})${h.isBottleneck ? '  <- bottleneck' : ''}`,
    `     ${caps(h.capacityGBps)}`,
    ...h.factors.map(factor),
    ...h.latency.map(lat),
  ]);
  const others = e.alternatives.map((a) => `\nother path (without scale-up links):\n${renderExplain(a)}`);
  return [...head, ...hops, ...others].join('\n');
}
