/** The catalog layer: sourced data on standards, media and parts, and look-ups over it. */
export * from './schema.js';
export * from './catalog.js';
export * from './figures.js';
export { builtinCatalogFile } from './data/index.js';
