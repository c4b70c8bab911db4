/** The words a caller of the api needs to ask its questions: option choices and the input types they name. */
export { PROFILES, type Profile, type DeviceClass, type PathsQuery } from '../perf/index.js';
export {
  COLLECTIVE_OPS,
  DEFAULT_ROUTING,
  ROUTING_MODES,
  parseSize,
  sizeSweep,
  type Algorithm,
  type CollectiveOp,
  type RankSpec,
  type RoutingMode,
} from '../sim/index.js';
export { SCALE_OUT_OPTIONS, SCALE_UP_OPTIONS, TOPOLOGIES, type PlanIntent } from '../plan/index.js';
export type { CablePreference } from '../phy/index.js';
