/**
 * The PCI ID database shipped in the package (`data/pci.ids.gz`, upstream pciutils/pciids `pci.ids` taken under
 * its BSD-3-Clause option; see data/README.md). Importers need no host file (/usr/share/misc/pci.ids), so every
 * machine names devices alike. `npm run update-pci-ids -- FILE` refreshes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../builtin.js';
import { parsePciIds, type PciIds } from './pci-ids.js';

/** Where the database lies, relative to the package root. */
export const SHIPPED_PCI_IDS_FILE = 'data/pci.ids.gz';

// Parsed once, on first use, then shared: the file is read-only package data (1.6 MB of text), so a cache
// cannot go stale within a process and saves re-parsing it for each imported file.
let shipped: PciIds | null = null;

/** The shipped database, parsed on first call (lazily, so commands that import nothing never read it). */
export function shippedPciIds(): PciIds {
  shipped ??= parsePciIds(
    gunzipSync(readFileSync(join(packageRoot(), SHIPPED_PCI_IDS_FILE))).toString('utf8'),
  );
  return shipped;
}
