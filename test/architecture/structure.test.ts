/**
 * Structural rules of src/: no import cycle (type imports count), no test support shipped in the package, and every
 * command is parse -> api -> report (no cli/commands file imports a computation layer but through api).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from '../support/code-metrics.js';

/** The layers that compute; a command reaches them only through api/ (which assembles each pipeline once). */
const COMPUTATION_LAYERS = ['check', 'phy', 'perf', 'sim', 'bom', 'plan', 'calibrate', 'compare'];

/** Each `from` file's imports of a file under src/<layer>/ for a computation layer, as `from -> to`. */
function computationImports(graph: Map<string, string[]>, from: string): string[] {
  const layerOf = (f: string) => /^src\/([^/]+)\//.exec(f)?.[1] ?? '';
  return [...graph]
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, targets]) =>
      targets.filter((t) => COMPUTATION_LAYERS.includes(layerOf(t))).map((t) => `${file} -> ${t}`),
    );
}

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

  it('finds a command importing a computation layer (the detector can fail)', () => {
    const graph = new Map([
      ['src/cli/commands/x.ts', ['src/api/index.ts', 'src/phy/index.ts', 'src/report/x.ts']],
      ['src/api/index.ts', ['src/phy/index.ts']],
    ]);
    expect(computationImports(graph, 'src/cli/commands/')).toEqual([
      'src/cli/commands/x.ts -> src/phy/index.ts',
    ]);
  });

  it('no cli/commands file imports a computation layer but through api (types included)', () => {
    expect(computationImports(importGraph(sourceFiles('src')), 'src/cli/commands/')).toEqual([]);
  });
});
