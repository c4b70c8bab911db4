/** The library facade: typed functions the CLI and the web app call (load, check, analyses). */
export * from './check.js';
export * from './bom.js';
export * from './plan.js';
export * from './collective.js';
export * from './compare.js';
export * from './prepare.js';
export * from './calibration.js';
export * from './paths.js';
export * from './vocabulary.js';
export * from './calibrate.js';
export * from './phy.js';
export * from './export.js';
export * from './drawing.js';
export * from './report.js';
