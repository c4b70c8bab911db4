/** Traffic generators: collectives as schedules of concurrent transfers. */
export * from './schedule.js';
export { railAlignedOrders, sameOrders } from './placement.js';
export { buildSchedule, OP_ALGORITHMS, NCCL_SIMPLE_CHUNK_BYTES, type TrafficRequest } from './build.js';
export { ringAllReduce, ringGatherOrScatter, ringStep } from './ring.js';
export { chainPipeline } from './chain.js';
export { btreeParent, dtreeParents, ncclTreeAllReduce, nvlsTreeAllReduce } from './nccl-tree.js';
export { stagedPipeline, type StageTransfer } from './pipeline.js';
export { nvlsAllReduce } from './nvls.js';
export { hierarchicalAllReduce } from './hierarchical.js';
export { alltoallDirect, alltoallPairwise, sendrecvRing } from './alltoall.js';
