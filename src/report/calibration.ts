/** Renders a fitted calibration as text: one line per parameter with its unit, sample count and source files. */
import type { Calibration } from '../model/index.js';

export const calibrationLines = (c: Calibration): string[] =>
  Object.entries(c.params).map(
    ([k, p]) => `${k} = ${p.value} ${p.unit} (${p.samples} samples from ${p.fittedFrom.join(', ')})`,
  );
