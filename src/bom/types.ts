/** Bill-of-materials result types. */
import type { BomCategory, DraftIssue } from '../model/index.js';

/** The fixed order of BOM categories (issue #7). */
export const BOM_CATEGORIES: readonly BomCategory[] = [
  'accelerators',
  'cpus',
  'pcie-switches',
  'retimers',
  'redrivers',
  'cxl-controllers',
  'nics',
  'nvme',
  'scale-up-switches',
  'scale-out-switches',
  'cables',
  'optics',
  'other',
];

export interface BomLine {
  category: BomCategory;
  part: string;
  name: string;
  vendor: string;
  quantity: number;
  /** Power of one unit (a cable's both ends together); null when the catalog has no sourced figure. */
  unitPowerW: number | null;
  powerW: number | null;
  unitPrice: number | null;
  price: number | null;
}

/** Which part of the system interconnect silicon serves. */
export type InterconnectDomain = 'server' | 'scale-up' | 'scale-out';

export interface VendorSummary {
  vendor: string;
  domain: InterconnectDomain;
  parts: { part: string; quantity: number }[];
}

export interface PowerRollup {
  /** Container id (node or rack) and its level. */
  id: string;
  level: 'node' | 'rack';
  powerW: number;
  /** Parts inside whose power is unknown (not counted in powerW). */
  unknownPowerParts: number;
  limitW: number | null;
}

export interface Bom {
  lines: BomLine[];
  byVendor: VendorSummary[];
  power: PowerRollup[];
  totals: {
    powerW: number;
    /** The whole BOM's price; null without a price file or when any line has no price. */
    price: number | null;
    /** With a price file: the sum of the lines it prices (the unpriced ones left out); else null. */
    pricedTotal: number | null;
    /** With a price file: the lines it gives no price for. */
    unpriced: { part: string; quantity: number }[];
    currency: string | null;
  };
  issues: DraftIssue[];
}

/** A user's price list: unit prices by part id (parts and cables). */
export interface PriceList {
  currency: string;
  prices: Record<string, number>;
}
