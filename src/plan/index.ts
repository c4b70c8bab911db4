/** The cluster planner: intent → racks, folded-Clos scale-out, cables by distance, compact design file. */
export * from './types.js';
export { planCluster } from './plan.js';
export { closSizes, leafCount, parseRatio, type ClosInput } from './clos.js';
export { PlanIntentSchema, mergeIntent } from './intent.js';
export { presetName } from './choose.js';
export { PRESET_FILES, SCALE_OUT, SCALE_UP } from './fabric-options.js';
export { floorFigures, cableLengthMm, type FloorFigures, type Place } from './floor-plan.js';
export { switchPorts, type SwitchPorts } from './switch-ports.js';
