import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';

describe('user catalogs', () => {
  it('adds parts a design can use', () => {
    const r = checkDesign('test/fixtures/user-catalog/design.yaml');
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.catalog.parts.find((p) => p.id === 'acme-x1')?.powerW).toBe(800);
    // the built-in parts are still there
    expect(r.catalog.parts.some((p) => p.id === 'nvidia-h100-sxm5')).toBe(true);
  });
  it('reports a mistake in the catalog file at its own line', () => {
    const r = checkDesign('test/fixtures/user-catalog/design-bad-catalog.yaml');
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        file: expect.stringContaining('bad-parts.yaml'),
        line: 9,
        column: 13,
        path: 'parts[0].powerW',
      }),
    ]);
  });
});
