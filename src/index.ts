/** rackwire's library API: load designs, check them and run analyses. The CLI and web app call these. */
export * from './model/index.js';
export * from './catalog/index.js';
