import { describe, expect, it } from 'vitest';
import { formatPath, parseSource, positionOf } from './source-map.js';

describe('source positions', () => {
  it('records the line and column of every value by field path', () => {
    const text =
      'name: x\nlinks:\n  - from: a.p\n    channel:\n      - trace: { material: fr4, length: 2in }\n';
    const src = parseSource(text, 'f.yaml');
    expect(src.issues).toEqual([]);
    expect(positionOf(src, ['links', 0, 'from'])).toEqual({ line: 3, column: 11 });
    // '      - trace: { material: fr4, length: 2in }': 2in starts at column 41 (6 spaces, '- ', 'trace: { ', ...)
    expect(positionOf(src, ['links', 0, 'channel', 0, 'trace', 'length'])).toEqual({ line: 5, column: 41 });
    // a missing field points at its nearest present ancestor
    expect(positionOf(src, ['links', 0, 'to'])).toEqual({ line: 3, column: 5 });
  });
  it('formats paths as users write them', () => {
    expect(formatPath(['links', 3, 'channel', 0, 'trace'])).toBe('links[3].channel[0].trace');
    expect(formatPath(['modules', 'dgx-h100', 'components', 1])).toBe('modules.dgx-h100.components[1]');
    expect(formatPath(['params', 'a b'])).toBe('params["a b"]');
  });
  it('reports syntax errors with their position and keeps going', () => {
    const src = parseSource('a: 1\na: 2\n', 'dup.yaml');
    expect(src.issues[0]).toMatchObject({ code: 'yaml-syntax', file: 'dup.yaml', line: 2, column: 1 });
  });
});
