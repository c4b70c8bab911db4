/**
 * `npm run update-pci-ids -- FILE [--out PATH]`: refresh the shipped PCI ID database (data/pci.ids.gz) from FILE,
 * a pci.ids (plain or gzipped) such as https://github.com/pciutils/pciids/raw/master/pci.ids.
 * It refuses a file without the upstream licence header (the shipped copy keeps it: BSD-3-Clause option, see
 * data/README.md) or without a Version line, and reports the catalog PCI ids the new file lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { builtinCatalog } from '../src/catalog/index.js';
import { packageRoot } from '../src/io/builtin.js';
import { parsePciIds } from '../src/io/import/pci-ids.js';
import { SHIPPED_PCI_IDS_FILE } from '../src/io/import/pci-ids-shipped.js';

/** The upstream header's licence sentence (pci.ids is GPL-2.0-or-later or BSD-3-Clause, at the user's option). */
const LICENCE =
  /distributed under either the GNU General Public License\s*#?\s*\(version 2 or higher\) or the 3-clause BSD License/;

export interface PackedPciIds {
  gz: Buffer;
  version: string;
  vendors: number;
  devices: number;
  /** Catalog `vendor:device` ids the file does not list. */
  missingCatalogIds: string[];
}

/** Checks a pci.ids text and compresses it (gzip level 9, no name or time in the header: same input, same bytes). */
export function packPciIds(text: string): PackedPciIds {
  if (!LICENCE.test(text.slice(0, 4096)))
    throw new Error(
      'no upstream licence header (GPL-2.0-or-later or BSD-3-Clause) in the first lines: not pci.ids?',
    );
  const db = parsePciIds(text);
  if (!db.version) throw new Error('no "# Version:" line in the header: not pci.ids?');
  if (db.vendors.size === 0 || db.classes.size === 0)
    throw new Error('no vendors or no class section: not pci.ids?');
  let devices = 0;
  for (const v of db.vendors.values()) devices += v.devices.size;
  const missingCatalogIds = [
    ...new Set(
      builtinCatalog()
        .parts.flatMap((p) => p.pciIds ?? [])
        .map((p) => `${p.vendor}:${p.device}`),
    ),
  ].filter((id) => {
    const [vendor, device] = id.split(':') as [string, string];
    return !db.vendors.get(vendor)?.devices.has(device);
  });
  return {
    gz: gzipSync(Buffer.from(text, 'utf8'), { level: 9 }),
    version: db.version,
    vendors: db.vendors.size,
    devices,
    missingCatalogIds,
  };
}

function main(args: string[]): number {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : join(packageRoot(), SHIPPED_PCI_IDS_FILE);
  const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if (inputs.length !== 1 || !out) {
    console.error('usage: npm run update-pci-ids -- FILE [--out PATH]   (FILE: pci.ids, plain or .gz)');
    return 2;
  }
  const raw = readFileSync(inputs[0]!);
  const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
  let packed: PackedPciIds;
  try {
    packed = packPciIds(text);
  } catch (err) {
    console.error(`${inputs[0]}: ${(err as Error).message}`);
    return 1;
  }
  writeFileSync(out, packed.gz);
  console.log(
    `${out}: pci.ids version ${packed.version}, ${packed.vendors} vendors, ${packed.devices} devices, ${packed.gz.length} bytes`,
  );
  for (const id of packed.missingCatalogIds)
    console.warn(`warning: catalog PCI id ${id} is not in ${inputs[0]} (the catalog still names it)`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
