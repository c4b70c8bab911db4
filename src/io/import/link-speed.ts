/** PCIe link speed strings and hwloc GB/s figures → generation, using the catalog's PCIe standards. */
import type { Catalog } from '../../catalog/index.js';
import { BITS_PER_BYTE, type LinkState } from '../../model/index.js';

/** Generation of a per-lane rate such as `32.0 GT/s PCIe`, `16 GT/s`, `8GT/s`, `2.5GT/s (downgraded)`. */
export function genFromSpeedText(catalog: Catalog, text: string | undefined): number | null {
  if (!text) return null;
  const m = /([0-9.]+)\s*GT\/s/i.exec(text);
  if (!m) return null;
  const rate = Number(m[1]);
  const std = catalog.standards.find((s) => s.protocol === 'pcie' && s.rateGTps === rate);
  return std?.gen ?? null;
}

export function parseWidth(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text.trim().replace(/^x/i, ''));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const linkState = (gen: number | null, width: number | null): LinkState | null =>
  width === null ? null : { gen, width };

/** Widths tried when only a total rate is known, widest first (PCIe link widths x16..x1). */
const WIDTHS = [16, 8, 4, 2, 1];
/** Tolerance when matching hwloc's rounded GB/s figure to width x rate x encoding / 8. */
const MATCH_TOLERANCE = 0.01;

/**
 * hwloc's `pci_link_speed` is GB/s = width x GT/s x encoding efficiency / 8 (hwloc topology-pci.c); the same figure
 * fits several width/gen pairs, so the widest width that fits is taken (the caller reports the assumption).
 */
export function stateFromGBps(catalog: Catalog, gBps: number): LinkState | null {
  if (!(gBps > 0)) return null;
  for (const width of WIDTHS) {
    for (const s of catalog.standards) {
      if (s.protocol !== 'pcie' || !s.rateGTps || !s.encodingEfficiency || s.gen === null) continue;
      const expect = (width * s.rateGTps * s.encodingEfficiency) / BITS_PER_BYTE;
      if (Math.abs(expect - gBps) / expect < MATCH_TOLERANCE) return { gen: s.gen, width };
    }
  }
  return null;
}
