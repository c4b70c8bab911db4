/** `analyzePhysical`: the physical check of every link of a design, memoized per unique channel. */
import type { Catalog } from '../catalog/index.js';
import type { Design, Link, LinkState } from '../model/index.js';
import { analyzeLinkCore, type LinkCore } from './analyze-link.js';
import { buildContext } from './context.js';
import { ShapeMemo } from './shape-memo.js';
import { IssueSink, type Finding } from './findings.js';
import type { LinkPhyResult, PhyOptions, PhyReport } from './types.js';

export function analyzePhysical(design: Design, catalog: Catalog, opts: PhyOptions = {}): PhyReport {
  const ctx = buildContext(design, catalog, opts.recommendedMarginPct);
  const memo = new ShapeMemo<{ core: LinkCore; findings: Finding[] }>(ctx);
  const analyze = (link: Link) => analyzeLinkCore(ctx, link);
  const sink = new IssueSink();
  const links: LinkPhyResult[] = new Array(design.links.length);
  for (let i = 0; i < design.links.length; i++) {
    const link = design.links[i]!;
    const hit = memo.get(link, analyze);
    for (const f of hit.findings) sink.add(f, link.id, i);
    const c = hit.core;
    links[i] = {
      id: link.id,
      protocol: c.protocol,
      gen: c.gen,
      width: c.width,
      lossDb: c.lossDb,
      budgetDb: c.budgetDb,
      marginDb: c.marginDb,
      retimersNeeded: c.retimersNeeded,
      retimersPresent: c.retimersPresent,
      trainedGen: c.trainedGen,
      trainedWidth: c.trainedWidth,
      verdict: c.verdict,
      dominant: c.dominant,
      segments: c.segments,
      addedLatencyNs: c.addedLatencyNs,
      addedPowerW: c.addedPowerW,
    };
  }
  return { links, issues: sink.finish() };
}
/** Trained generation and width per link id, for path and collective analyses. */
export function trainedLinkStates(report: PhyReport): Map<string, LinkState> {
  return new Map(report.links.map((l) => [l.id, { gen: l.trainedGen, width: l.trainedWidth ?? l.width }]));
}
