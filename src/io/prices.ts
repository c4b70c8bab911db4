/** Price files (`rackwire bom --prices prices.yaml`): unit prices by part id, never invented by rackwire. */
import { z } from 'zod';
import type { Issue } from '../model/index.js';
import { readTextFile } from './load.js';
import { knownKeysAt } from './schema-keys.js';
import { parseSource } from './source-map.js';
import { zodIssuesToIssues } from './zod-issues.js';

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
  const read = readTextFile(path);
  if ('issue' in read) return { prices: null, issues: [read.issue] };
  const source = parseSource(read.text, path);
  if (source.issues.some((i) => i.severity === 'error')) return { prices: null, issues: source.issues };
  const parsed = PriceFileSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success)
    return {
      prices: null,
      issues: zodIssuesToIssues(parsed.error.issues, source, (p) => knownKeysAt(PriceFileSchema, p)),
    };
  return { prices: { currency: parsed.data.currency, prices: parsed.data.prices }, issues: [] };
}
