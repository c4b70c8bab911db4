/** Calibration inputs of the api functions: the data itself, or a file to read through io. */
import { loadCalibrationFile } from '../io/index.js';
import type { Calibration, Issue } from '../model/index.js';

export interface CalibrationInput {
  /** A calibration already in hand (the web app, a library caller). */
  calibration?: Calibration | null;
  /** A calibration file to read (`rackwire calibrate -o`, calibrations/*.yaml); its problems become issues. */
  calibrationFile?: string;
}

/** The calibration the options give: read from the file when one is named. */
export function resolveCalibration(o: CalibrationInput): {
  calibration: Calibration | null;
  issues: Issue[];
} {
  if (o.calibrationFile === undefined) return { calibration: o.calibration ?? null, issues: [] };
  return loadCalibrationFile(o.calibrationFile);
}
