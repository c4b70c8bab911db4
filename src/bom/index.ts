/** The bom layer: bill of materials, vendor summary of interconnect silicon, power roll-ups. */
export * from './types.js';
export { buildBom } from './bom.js';
export { bomItems, type BomItem } from './items.js';
