/** Flow-level simulation: max-min rate allocation, the event-driven engine and whole-schedule runs. */
export { solveMaxMin, solveMaxMinReference, MaxMinWorkspace, type MaxMinFlow } from './maxmin.js';
export { BARRIER, GraphBuilder, type TransferGraph } from './graph.js';
export { expandSchedule, roundGraph, roundTemplate } from './expand.js';
export { simulateGraph, type EngineOptions, type EngineResult, type EngineStats } from './engine.js';
export {
  simulateSchedule,
  type ScheduleSimOptions,
  type ScheduleSimResult,
  type RoundTiming,
} from './run-schedule.js';
