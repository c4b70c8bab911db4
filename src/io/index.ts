/** The io layer: design files (format v1), user catalogs, builtins, importers and exporters. */
export * from './load.js';
export * from './builtin.js';
export * from './source-map.js';
export { designJsonSchema, DesignFileSchema, LIMITS, type DesignFile } from './design/file-schema.js';
export { designToFormatObject, designToYaml, formatV1Yaml, moduleDeclsOf } from './design/write.js';
export { parseQuantity, type Quantity } from './design/units.js';
export { loadPriceFile, PriceFileSchema, type LoadedPrices } from './prices.js';
export * from './import/index.js';
export * from './export/index.js';
export {
  calibrationToYaml,
  loadCalibrationFile,
  CalibrationFileSchema,
  type LoadedCalibration,
} from './calibration-file.js';
export { checkRange, describeRange, parseDecimal, type NumberParse, type NumberRange } from './numbers.js';
