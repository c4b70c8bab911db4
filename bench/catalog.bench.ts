// Catalog benchmarks: validating the built-in catalog with zod (what a user catalog load costs) and listing estimates.
import { CatalogFile, builtinCatalog } from '../src/catalog/index.js';
import { builtinCatalogFile } from '../src/catalog/data/index.js';
import { flaggedFigures } from '../src/report/catalog-records.js';
import type { Bench } from './types.js';

export const benches: Bench[] = [
  {
    name: 'catalog: CatalogFile.parse(built-in)',
    params: { parts: builtinCatalogFile.parts?.length ?? 0 },
    run: () => {
      CatalogFile.parse(builtinCatalogFile);
    },
    repeat: 20,
  },
  {
    name: 'catalog: flaggedFigures(built-in)',
    params: {},
    setup: () => builtinCatalog(),
    run: (catalog) => {
      flaggedFigures(catalog as ReturnType<typeof builtinCatalog>);
    },
    repeat: 20,
  },
];
