/**
 * The library's `rackwire phy` entry points: load the design, then one physical-layer fix or view (retimer
 * placement, one link's loss waterfall, cable choice). Like the command, they report what loading found and
 * their own findings (the structural check is `rackwire check`'s).
 */
import { suggest, type Design, type DraftIssue } from '../model/index.js';
import {
  placeRetimers,
  planCables,
  recommendedMarginDb,
  type CablePlanRow,
  type CablePreference,
  type LinkPhyResult,
  type RetimerProposal,
} from '../phy/index.js';
import { prepareDesign, type PreparedDesign } from './prepare.js';

export type { CablePlanRow, CablePreference, LinkPhyResult, RetimerProposal };

/** One phy question on a design: `result` is null when the design did not load; `drafts` are its own findings. */
export interface PhyRun<T> {
  prepared: PreparedDesign;
  result: T | null;
  drafts: DraftIssue[];
}

function onDesign<T>(
  spec: string,
  phy: boolean,
  run: (p: PreparedDesign & { design: Design }) => { result: T | null; drafts: DraftIssue[] },
): PhyRun<T> {
  const p = prepareDesign(spec, { structure: false, phy });
  if (!p.design) return { prepared: p, result: null, drafts: [] };
  return { prepared: p, ...run({ ...p, design: p.design }) };
}

/** The fewest retimers for each failing link, and the design with them added. */
export function retimersOfDesign(
  spec: string,
): PhyRun<{ proposals: RetimerProposal[]; fixedDesign: Design }> {
  return onDesign(spec, false, (p) => {
    const r = placeRetimers(p.design, p.catalog);
    return { result: { proposals: r.proposals, fixedDesign: r.design }, drafts: r.issues };
  });
}

/** One link's physical result and the recommended margin its waterfall draws; an unknown link id is an error. */
export function waterfallOfDesign(
  spec: string,
  linkId: string,
): PhyRun<{ link: LinkPhyResult; recommendedMarginDb: number | null }> {
  return onDesign(spec, true, (p) => {
    const link = p.phy?.links.find((x) => x.id === linkId);
    if (!link)
      return {
        result: null,
        drafts: [
          {
            severity: 'error',
            code: 'phy-link-not-found',
            message: `no link "${linkId}" in the design`,
            modelPath: '--link',
            hint: nearLinkHint(linkId, p.design),
          },
        ],
      };
    return {
      result: { link, recommendedMarginDb: recommendedMarginDb(p.design, p.catalog, link.budgetDb) },
      drafts: [],
    };
  });
}

/** Passive copper, AEC or optics for every cable by length and lane rate. */
export function cablesOfDesign(spec: string, prefer?: CablePreference): PhyRun<{ rows: CablePlanRow[] }> {
  return onDesign(spec, false, (p) => {
    const plan = planCables(p.design, p.catalog, prefer);
    return { result: { rows: plan.rows }, drafts: plan.issues };
  });
}

/** The hint of an unknown link id: the nearest link id, or where to list them. */
function nearLinkHint(id: string, design: Design): string {
  const near = suggest(
    id,
    design.links.map((l) => l.id),
  );
  return near ? `did you mean "${near}"?` : 'rackwire check DESIGN --links all lists the link ids';
}
