/** The model layer: types, ids and units shared by every other layer. */
export * from './design.js';
export * from './kinds.js';
export * from './issue.js';
export * from './units.js';
export * from './suggest.js';
export * from './calibration.js';
