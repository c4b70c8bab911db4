/** Text of drawn edges and boxes, and the text-width estimate the layout reserves room with. */
import type { Design, Protocol } from '../../model/index.js';
import type { Bundle } from './types.js';

const PROTOCOL_NAME: Record<Protocol, string> = {
  pcie: 'PCIe',
  cxl: 'CXL',
  nvlink: 'NVLink',
  ualink: 'UALink',
  ethernet: 'Ethernet',
  infiniband: 'InfiniBand',
  'infinity-fabric': 'xGMI',
  upi: 'UPI',
  c2c: 'NVLink-C2C',
};

export const protocolName = (p: Protocol): string => PROTOCOL_NAME[p];

/** PCIe-family generations read `Gen5`; others their version number (`NVLink 4`). */
const genText = (p: Protocol, gen: number): string => (p === 'pcie' || p === 'cxl' ? `Gen${gen}` : `${gen}`);

/** Per-direction GB/s with three significant figures at most (`63`, `450`, `1.8k`). */
export function formatGBps(v: number): string {
  if (v >= 1000) return `${(v / 1000).toPrecision(2).replace(/\.0$/, '')}k`;
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(0) : v.toPrecision(2);
}

/** `5× NVLink 4 x2 · 125 GB/s`, `PCIe Gen5→Gen4 x16 · 32 GB/s`. */
export function bundleLabel(b: Bundle): string {
  const count = b.linkIds.length > 1 ? `${b.linkIds.length}× ` : '';
  const gen =
    b.gen !== null && b.trainedGen !== null && b.trainedGen < b.gen
      ? ` ${genText(b.protocol, b.gen)}→${genText(b.protocol, b.trainedGen)}`
      : (b.trainedGen ?? b.gen) !== null
        ? ` ${genText(b.protocol, (b.trainedGen ?? b.gen)!)}`
        : '';
  const rate = b.rateGBps !== null ? ` · ${formatGBps(b.rateGBps)} GB/s` : '';
  return `${count}${protocolName(b.protocol)}${gen} x${b.widthLanes}${rate}`;
}

/** Average glyph advance of Helvetica/Arial relative to the font size (digits and lower case), for layout room. */
const GLYPH_EM = 0.58;
export const textWidth = (text: string, fontPx: number): number => Math.ceil(text.length * fontPx * GLYPH_EM);

/** What a collapsed node holds, by part, most numerous first: `8× nvidia-h100-sxm5`. */
export function contentSummary(design: Design, containerIds: ReadonlySet<string>): string[] {
  const count = new Map<string, number>();
  for (const c of design.components)
    if (c.container !== null && containerIds.has(c.container))
      count.set(c.part, (count.get(c.part) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([part, n]) => `${n}× ${part}`);
}
