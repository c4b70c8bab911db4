/** Analytic (alpha-beta) collective estimates. */
export {
  analyzeSchedule,
  analyzeRounds,
  analyticTime,
  type AnalyticResult,
  type AnalyticRound,
  type AnalyticOptions,
} from './alpha-beta.js';
