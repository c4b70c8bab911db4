/** Colors, sizes and fills of the drawing (SVG user units are px at 100 %). */
import { kindTraits, type ComponentKind, type Protocol } from '../../model/index.js';
import type { Verdict } from '../../phy/index.js';

export const FONT = 'Helvetica, Arial, sans-serif';
export const BOX_MIN_W = 112;
export const BOX_H = 40;
export const PARTITION_W = 64;
export const PARTITION_H = 22;
export const PAD = 20;
export const EDGE_LABEL_PX = 9;
/** Widest drawing shown at full size; wider ones are scaled to this width (landscape page at 96 dpi, A3). */
export const PAGE_W = 1587;

export const PROTOCOL_COLOR: Record<Protocol, string> = {
  pcie: '#3d6aa8',
  cxl: '#2c3e50',
  nvlink: '#5f9e00',
  ualink: '#c2185b',
  ethernet: '#e67e22',
  infiniband: '#16a085',
  'infinity-fabric': '#c0392b',
  upi: '#8e44ad',
  c2c: '#2e7d32',
};

export const VERDICT_COLOR: Record<Verdict | 'none', string> = {
  pass: '#2e7d32',
  warn: '#e0a000',
  fail: '#d32f2f',
  unknown: '#9e9e9e',
  none: '#9e9e9e',
};

export interface FillClass {
  label: string;
  fill: string;
}

/** Box fill by what a kind declares (never by kind name), with the legend's words for it. */
export function fillOf(kind: ComponentKind): FillClass {
  const t = kindTraits(kind);
  if (t.isAccelerator) return { label: 'accelerator', fill: '#e8f5d0' };
  if (t.isNetworkEndpoint) return { label: 'NIC', fill: '#fde8d0' };
  if (t.pcieRole === 'root-complex') return { label: 'CPU (root complex)', fill: '#dde6f3' };
  if (t.inChannel) return { label: 'in-channel device (retimer, cable module)', fill: '#fff7c2' };
  if (t.forwardsTraffic) return { label: 'switch', fill: '#f0e0f5' };
  return { label: 'memory, storage, other', fill: '#f4f4f4' };
}

/** Stroke width grows with the log of the bundle's bandwidth: 1 px at 8 GB/s or less, 5 px at 1 TB/s or more. */
export function strokeWidth(rateGBps: number | null): number {
  if (rateGBps === null || rateGBps <= 8) return 1.2;
  return Math.min(5, 1 + (4 * Math.log2(rateGBps / 8)) / Math.log2(1000 / 8));
}
