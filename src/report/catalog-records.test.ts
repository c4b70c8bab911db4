import { describe, expect, it } from 'vitest';
import { builtinCatalog, mergeCatalogs } from '../catalog/index.js';
import {
  catalogRecords,
  findRecord,
  flaggedFigures,
  recordsOfKind,
  unknownRecordError,
} from './catalog-records.js';

const c = builtinCatalog();

describe('catalogRecords', () => {
  it('lists every record of every section once', () => {
    const total =
      c.standards.length +
      c.materials.length +
      c.connectors.length +
      c.cables.length +
      c.parts.length +
      c.guidance.length;
    expect(catalogRecords(c)).toHaveLength(total);
  });

  it('filters by section or by kind', () => {
    expect(recordsOfKind(c, 'cable').map((r) => r.id)).toEqual(c.cables.map((x) => x.id));
    expect(recordsOfKind(c, 'retimer').every((r) => r.section === 'part')).toBe(true);
    expect(recordsOfKind(c, 'nvlink').map((r) => r.id)).toEqual(['nvlink3', 'nvlink4', 'nvlink5']);
    expect(recordsOfKind(c, 'no-such-kind')).toEqual([]);
  });

  it('finds any record by id', () => {
    expect(findRecord(c, 'pcie5')?.section).toBe('standard');
    expect(findRecord(c, 'megtron6')?.section).toBe('material');
    expect(findRecord(c, 'nvidia-h100-sxm5')?.kind).toBe('accelerator');
    expect(findRecord(c, 'nope')).toBeNull();
  });
});

describe('flaggedFigures', () => {
  it('lists exactly the estimates the records declare', () => {
    const declared = catalogRecords(c).flatMap((r) =>
      Object.entries(r.record.estimates ?? {}).map(([field, reason]) => `${r.id}.${field}: ${reason}`),
    );
    const listed = flaggedFigures(c).map((f) => `${f.id}.${f.field}: ${f.reason}`);
    expect(listed.sort()).toEqual(declared.sort());
  });

  it('carries the value of the flagged figure', () => {
    const one = mergeCatalogs({
      catalogVersion: 1,
      guidance: [{ id: 'g', name: 'g', value: 3, unit: 'dB', estimates: { value: 'guess' } }],
    });
    expect(flaggedFigures(one)).toEqual([
      { section: 'guidance', id: 'g', field: 'value', value: 3, reason: 'guess' },
    ]);
  });
});

describe('unknownRecordError', () => {
  it('suggests the nearest id, or points to the list', () => {
    expect(unknownRecordError(c, 'nvidia-b20').hint).toBe('did you mean "nvidia-b200"?');
    expect(unknownRecordError(c, 'zzzzzzzzzzzzzzzzzzzzzzzz').hint).toMatch(/catalog list/);
  });
});
