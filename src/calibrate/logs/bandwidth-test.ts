/** Parser for CUDA samples' `bandwidthTest` output (pinned host↔device figures, device ordinal from "Device N:"). */
import type { Measurement } from '../measurement.js';

export function parseBandwidthTest(text: string, sourceFile: string): Measurement[] {
  const out: Measurement[] = [];
  let device = 0;
  let kind: 'h2d' | 'd2h' | null = null;
  let pinned = false;
  for (const line of text.split('\n')) {
    const dev = /^\s*Device (\d+):/.exec(line);
    if (dev) device = Number(dev[1]);
    if (/Host to Device Bandwidth/.test(line)) kind = 'h2d';
    else if (/Device to Host Bandwidth/.test(line)) kind = 'd2h';
    else if (/Device to Device Bandwidth/.test(line)) kind = null;
    if (/PINNED Memory Transfers/.test(line)) pinned = true;
    if (/PAGEABLE Memory Transfers/.test(line)) pinned = false;
    const row = /^\s+(\d+)\s+([\d.]+)\s*$/.exec(line);
    if (row && kind && pinned) {
      out.push({
        tool: 'bandwidthTest',
        kind,
        srcIndex: device,
        dstIndex: null,
        p2p: false,
        value: Number(row[2]),
        sourceFile,
      });
    }
  }
  return out;
}
