/** Synthetic fabrics for tests, benches and what-if studies, each with hand-checkable capacities. */
export { nvswitchNode, type NvswitchNodeOptions } from './nvswitch-node.js';
export { ring } from './ring.js';
export { fullMesh } from './full-mesh.js';
export { railOptimizedClos, railClosShape, type RailClosOptions, type RailClosShape } from './rail-clos.js';
