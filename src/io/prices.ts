/** Price files (`rackwire bom --prices prices.yaml`): unit prices by part id, never invented by rackwire. */
import { z } from 'zod';
import type { Issue } from '../model/index.js';
import { loadSchemaFile } from './load.js';

export const PriceFileSchema = z.strictObject({
  pricesVersion: z.literal(1),
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'currency is a three-letter code such as USD' }),
  prices: z.record(z.string().min(1), z.number().finite().nonnegative()),
  source: z.string().optional(),
});

export interface LoadedPrices {
  prices: { currency: string; prices: Record<string, number> } | null;
  issues: Issue[];
}

export function loadPriceFile(path: string): LoadedPrices {
  const { data, issues } = loadSchemaFile(path, PriceFileSchema);
  return { prices: data ? { currency: data.currency, prices: data.prices } : null, issues };
}
