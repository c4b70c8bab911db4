/**
 * rackwire's library API: load designs, check them and run analyses. The CLI and the web app call these;
 * everything they print comes from the result objects returned here.
 */
export * from './model/index.js';
export * from './catalog/index.js';
export * from './api/index.js';
export * as io from './io/index.js';
export * as check from './check/index.js';
export * as phy from './phy/index.js';
export * as perf from './perf/index.js';
export * as bom from './bom/index.js';
