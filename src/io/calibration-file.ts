/**
 * Calibration files (`rackwire calibrate -o cal.yaml`, `calibrations/*.yaml`): the one reader, with its schema.
 * Every problem (missing file, bad YAML, a wrong field) is a located issue naming file, line and field.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Calibration, Issue } from '../model/index.js';
import { loadSchemaFile } from './load.js';

export const CalibrationParamSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(['ratio', 'us']),
  fittedFrom: z.array(z.string().min(1)).min(1),
  samples: z.number().int().positive(),
  note: z.string().optional(),
});

export const CalibrationFileSchema = z.strictObject({
  calibrationVersion: z.literal(1),
  design: z.string().optional(),
  params: z.record(z.string(), CalibrationParamSchema),
});

export interface LoadedCalibration {
  calibration: Calibration | null;
  issues: Issue[];
}

/** Reads and validates a calibration file. */
export function loadCalibrationFile(path: string): LoadedCalibration {
  const { data, issues } = loadSchemaFile(path, CalibrationFileSchema);
  const hint =
    'check the path; rackwire calibrate DESIGN LOG... -o FILE writes one, and calibrations/*.yaml ship with rackwire';
  return { calibration: data, issues: issues.map((i) => (i.code === 'file-not-found' ? { ...i, hint } : i)) };
}

/** The YAML text of a calibration file, as `rackwire calibrate -o` writes it. */
export const calibrationToYaml = (c: Calibration): string => stringify(c);
