/** The library facade: typed functions the CLI and the web app call (load, check, analyses). */
export * from './check.js';
export * from './bom.js';
export * from './plan.js';
export * from './collective.js';
export * from './compare.js';
