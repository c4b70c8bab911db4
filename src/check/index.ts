/** The check layer: structural validation of designs. */
export { checkStructure, STRUCTURAL_RULES, type StructuralReport } from './check.js';
export { fitsBifurcation } from './rules/port-usage.js';
