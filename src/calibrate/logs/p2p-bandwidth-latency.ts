/**
 * Parser for CUDA samples' `p2pBandwidthLatencyTest` output: the connectivity matrix, the four bandwidth
 * matrices and the GPU latency matrices. "P2P=Enabled" entries of pairs the connectivity matrix marks 0 are
 * staged copies (the sample falls back to memcpy), so they are recorded as p2p = false.
 */
import type { Measurement, MeasurementKind } from '../measurement.js';

interface Section {
  kind: MeasurementKind | 'connectivity';
  enabled: boolean;
}

function sectionOf(line: string): Section | null | 'cpu' {
  let m = /^(Unidirectional|Bidirectional) P2P=(Enabled|Disabled) Bandwidth/.exec(line);
  if (m) return { kind: m[1] === 'Unidirectional' ? 'p2p-uni' : 'p2p-bidir', enabled: m[2] === 'Enabled' };
  m = /^P2P=(Enabled|Disabled) Latency/.exec(line);
  if (m) return { kind: 'latency', enabled: m[1] === 'Enabled' };
  if (/^P2P Connectivity Matrix/.test(line)) return { kind: 'connectivity', enabled: true };
  if (/^\s*CPU\s+\d/.test(line)) return 'cpu';
  return null;
}

export function parseP2pBandwidthLatencyTest(text: string, sourceFile: string): Measurement[] {
  const rows: { section: Section; i: number; values: number[] }[] = [];
  let section: Section | null = null;
  for (const line of text.split('\n')) {
    const s = sectionOf(line.trim() === '' ? '' : line.replace(/^\s+(?=[A-Z])/, ''));
    if (s === 'cpu') {
      section = null; // the CPU latency block is host-side timing, not a device pair
      continue;
    }
    if (s) {
      section = s;
      continue;
    }
    const m = /^\s+(\d+)\s+([\d.\s]+)$/.exec(line);
    if (section && m) rows.push({ section, i: Number(m[1]), values: m[2]!.trim().split(/\s+/).map(Number) });
  }
  const connected = new Set(
    rows
      .filter((r) => r.section.kind === 'connectivity')
      .flatMap((r) => r.values.map((v, j) => (v === 1 ? `${r.i},${j}` : ''))),
  );
  const out: Measurement[] = [];
  for (const r of rows) {
    if (r.section.kind === 'connectivity') continue;
    r.values.forEach((value, j) => {
      if (j === r.i || !Number.isFinite(value)) return;
      out.push({
        tool: 'p2pBandwidthLatencyTest',
        kind: r.section.kind as MeasurementKind,
        srcIndex: r.i,
        dstIndex: j,
        p2p: r.section.enabled && connected.has(`${r.i},${j}`),
        value,
        sourceFile,
      });
    });
  }
  return out;
}
