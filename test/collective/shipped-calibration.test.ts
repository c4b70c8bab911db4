/**
 * calibrations/collectives.yaml is exactly what fitting every measured case gives today (so it cannot drift
 * from the model); UPDATE_CALIBRATION=1 rewrites its parameters, keeping the header comment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadCalibrationFile } from '../../src/io/index.js';
import { fitCollectiveCalibration } from '../../src/calibrate/index.js';
import { measuredCases } from './cases.js';

const file = join(import.meta.dirname, '..', '..', 'calibrations', 'collectives.yaml');

describe('shipped collective calibration', () => {
  it('equals a fresh fit of all public measurements and names its sources', () => {
    const fit = fitCollectiveCalibration(measuredCases()).calibration;
    const text = readFileSync(file, 'utf8');
    if (process.env.UPDATE_CALIBRATION) {
      const header = text.split('\n').filter((l) => l.startsWith('#'));
      writeFileSync(file, [...header, stringify(fit)].join('\n'));
    }
    const shipped = loadCalibrationFile(file).calibration!;
    expect(shipped).toEqual(fit);
    for (const p of Object.values(shipped.params)) expect(p.fittedFrom.length).toBeGreaterThan(0);
    // every file a value was fitted from is named, with its source, in the header
    const header = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    for (const f of new Set(Object.values(shipped.params).flatMap((p) => p.fittedFrom)))
      expect(header, f).toContain(f);
    expect(shipped.params['collective.efficiency.nvlink.gen4']!.fittedFrom).toEqual([
      'mlengineering-h200-b200-nvls-gpucount-sweep.txt',
    ]);
  }, 60_000);
});
