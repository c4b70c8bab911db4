import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseNvbandwidth } from './nvbandwidth.js';

const F = 'nvbandwidth-readme-examples.txt';
const text = readFileSync(new URL(`../../../test/fixtures/perf/${F}`, import.meta.url), 'utf8');

describe('parseNvbandwidth', () => {
  it('reads host-to-device per GPU and skips the host bidirectional testcase', () => {
    expect(parseNvbandwidth(text, F).map((m) => [m.kind, m.srcIndex, m.value])).toEqual([
      ['h2d', 0, 6.2],
      ['h2d', 1, 12.36],
    ]);
  });

  // Constructed in the README's matrix layout (no device-to-device output in the shared samples).
  it('reads a device-to-device read matrix with the column as source and N/A on the diagonal', () => {
    const t = [
      'Running device_to_device_memcpy_read_ce.',
      'memcpy CE GPU(row) <- GPU(column) bandwidth (GB/s)',
      '          0         1',
      '0       N/A    389.11',
      '1    390.02       N/A',
    ].join('\n');
    expect(parseNvbandwidth(t, 'x').map((m) => [m.kind, m.srcIndex, m.dstIndex, m.value])).toEqual([
      ['p2p-uni', 1, 0, 389.11],
      ['p2p-uni', 0, 1, 390.02],
    ]);
  });
});
