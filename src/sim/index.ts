/** The collective simulator: traffic generators, flow engine, analytic model, nccl-tests semantics. */
export * from './fabric.js';
export { routeTransfer, type RoutedPath } from './routing.js';
export * from './fabrics/index.js';
export * from './traffic/index.js';
export * from './flow/index.js';
export * from './analytic/index.js';
export * from './nccl/semantics.js';
export {
  runCollective,
  type CollectiveRequest,
  type CollectiveResult,
  type CollectiveRow,
} from './collective.js';
export { selectRanks, compareIds, type RankSpec } from './ranks.js';
export { protocolCost, idealProtocol, PROTOCOLS, type Protocol, type ProtocolCost } from './protocol.js';
export { createKernel, createRng, type Kernel, type Rng } from './kernel/index.js';
export { designFabric, type DesignFabric, type DesignFabricOptions } from './design/design-fabric.js';
export { placeRanks, type Placement } from './design/placement.js';
export {
  runDesignCollective,
  type DesignCollectiveRequest,
  type DesignCollectiveResult,
} from './design/run.js';
export * from './design/params.js';
