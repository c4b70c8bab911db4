/** Structural rules of src/: no import cycle (type imports count), no test support shipped in the package. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from '../support/code-metrics.js';

describe('source structure', () => {
  it('finds a cycle when there is one (the detector can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('src/ has no import cycle', () => {
    expect(importCycles(importGraph(sourceFiles('src')))).toEqual([]);
  });

  it('nothing under src/ is test support (dist/ ships no test code)', () => {
    const files = sourceFiles('src');
    // test builders and fixtures live in test/support and test/fixtures (parsers of benchmark logs are product code)
    expect(files.filter((f) => /test-design|design-builder|run-cli|fixture|mock/i.test(f))).toEqual([]);
    const fromTest = files.filter((f) => /from '(\.\.\/)+test\//.test(readFileSync(f, 'utf8')));
    expect(fromTest).toEqual([]);
  });
});
