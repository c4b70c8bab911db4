import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Calibration } from '../model/index.js';
import { CalibrationFileSchema, loadCalibrationFile } from './calibration-file.js';

const dir = mkdtempSync(join(tmpdir(), 'rackwire-cal-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loadCalibrationFile', () => {
  it('the schema reads exactly the model type', () => {
    expectTypeOf<z.output<typeof CalibrationFileSchema>>().toEqualTypeOf<Calibration>();
  });

  it('reads the shipped calibration', () => {
    const r = loadCalibrationFile('calibrations/collectives.yaml');
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.calibration?.calibrationVersion).toBe(1);
  });

  it('a missing file is a located file-not-found issue, not an exception', () => {
    const r = loadCalibrationFile(join(dir, 'none.yaml'));
    expect(r.calibration).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'file-not-found', file: join(dir, 'none.yaml') }),
    ]);
  });

  it('a bad field names its line and path', () => {
    const p = file(
      'bad.yaml',
      'calibrationVersion: 1\nparams:\n  efficiency.staged:\n    value: high\n    unit: ratio\n    fittedFrom: [a.txt]\n    samples: 1\n',
    );
    const r = loadCalibrationFile(p);
    expect(r.calibration).toBeNull();
    expect(r.issues[0]).toMatchObject({ severity: 'error', file: p, line: 4 });
    expect(r.issues[0]!.path).toContain('value');
  });
});
