/** The physical layer: channel loss, budgets, negotiated link state, retimer placement and cable choice. */
export * from './types.js';
export { analyzePhysical, trainedLinkStates } from './analyze.js';
export { lossAtFreq, type LossAtFreq } from './freq-loss.js';
export { resolveStandard, genLabel, type LinkStandard } from './standard.js';
export {
  placeOnChannel,
  PLACEMENT_SEARCH_MAX,
  type RetimerPlacement,
  type RetimerCut,
} from './retimer-placement.js';
export { placeRetimers, type RetimerProposal, type PlaceRetimersResult } from './place-retimers.js';
export {
  selectCable,
  planCables,
  type CableQuery,
  type CableSelection,
  type CablePlanRow,
  type CablePreference,
} from './cables.js';
export { traceReachMm, type TraceReach } from './reach.js';
export { recommendedMarginDb, recommendedMarginPct } from './context.js';
