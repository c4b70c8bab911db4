/**
 * Calibration, in one place: parsers of real benchmark logs (logs/), the fit of the path model's calibrated
 * profile to bandwidthTest / p2pBandwidthLatencyTest / nvbandwidth (fit-paths.ts), and the fit of the collective
 * model to nccl-tests / rccl-tests runs (fit-collective.ts), with one statistics module (stats.ts).
 */
export * from './measurement.js';
export * from './logs/p2p-bandwidth-latency.js';
export * from './logs/bandwidth-test.js';
export * from './logs/nvbandwidth.js';
export {
  parseNcclTests,
  type NcclTestsRun,
  type MeasuredRow,
  type MeasuredTiming,
} from './logs/nccl-tests.js';
export * from './fit-paths.js';
export * from './predict-paths.js';
export * from './cases.js';
export { predictCase, type CasePrediction, type PredictedPoint } from './predict-collective.js';
export { fitCollectiveCalibration, type CollectiveFit } from './fit-collective.js';
