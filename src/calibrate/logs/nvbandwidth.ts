/**
 * Parser for NVIDIA nvbandwidth output: `Running <testcase>.` then a matrix titled `memcpy CE|SM A(row) -> B(column)`.
 * Host→device and device→host unidirectional testcases become h2d / d2h; device-to-device ones p2p-uni (nvbandwidth
 * runs them only with peer access). Bidirectional device testcases become p2p-bidir: a CE figure is the measured
 * stream alone, so it is doubled; an SM figure is already the sum of both streams (nvbandwidth README).
 * Host bidirectional and all-to-one / one-to-all testcases are skipped.
 */
import type { Measurement } from '../measurement.js';

interface Block {
  testcase: string;
  engine: 'CE' | 'SM';
  /** The row device is the source (`->`) or the destination (`<-`). */
  rowIsSource: boolean;
}

function kindOf(b: Block): { kind: Measurement['kind']; factor: number } | null {
  const t = b.testcase;
  if (/all|one/.test(t)) return null;
  const bidir = t.includes('bidirectional');
  if (t.startsWith('host_to_device') && !bidir) return { kind: 'h2d', factor: 1 };
  if (t.startsWith('device_to_host') && !bidir) return { kind: 'd2h', factor: 1 };
  if (t.startsWith('device_to_device'))
    return bidir ? { kind: 'p2p-bidir', factor: b.engine === 'CE' ? 2 : 1 } : { kind: 'p2p-uni', factor: 1 };
  return null;
}

export function parseNvbandwidth(text: string, sourceFile: string): Measurement[] {
  const out: Measurement[] = [];
  let testcase: string | null = null;
  let block: Block | null = null;
  let cols: number[] = [];
  for (const line of text.split('\n')) {
    const run = /^Running (\w+)\./.exec(line);
    if (run) {
      testcase = run[1]!;
      block = null;
      continue;
    }
    const title = /^memcpy (CE|SM) \w+\(row\) (->|<-|<->) \w+\(column\)/.exec(line);
    if (title && testcase) {
      block = { testcase, engine: title[1] as 'CE' | 'SM', rowIsSource: title[2] !== '<-' };
      cols = [];
      continue;
    }
    if (!block) continue;
    if (/^\s+\d+(\s+\d+)*\s*$/.test(line) && cols.length === 0) {
      cols = line.trim().split(/\s+/).map(Number);
      continue;
    }
    const row = /^(\d+)\s+(.*)$/.exec(line);
    const k = kindOf(block);
    if (!row || !k) continue;
    const r = Number(row[1]);
    row[2]!
      .trim()
      .split(/\s+/)
      .forEach((cell, i) => {
        const value = Number(cell);
        const c = cols[i];
        if (c === undefined || !Number.isFinite(value) || (k.kind.startsWith('p2p') && c === r)) return;
        const host = k.kind === 'h2d' || k.kind === 'd2h';
        const [src, dst] = host ? [c, null] : block!.rowIsSource ? [r, c] : [c, r];
        out.push({
          tool: 'nvbandwidth',
          kind: k.kind,
          srcIndex: src,
          dstIndex: dst,
          p2p: !host,
          value: value * k.factor,
          sourceFile,
        });
      });
  }
  return out;
}
