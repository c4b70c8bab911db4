// Integrity of the built-in catalog: schema, unique ids, every figure sourced or flagged, PCI ids real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalogFile } from './data/index.js';
import { figureProvenance, type SourcedRecord } from './figures.js';
import { CatalogFile } from './schema.js';
import { builtinCatalog } from './catalog.js';

const sections = ['standards', 'materials', 'connectors', 'cables', 'parts', 'guidance'] as const;
const records = (): (SourcedRecord & Record<string, unknown>)[] =>
  sections.flatMap((s) => (builtinCatalogFile[s] ?? []) as (SourcedRecord & Record<string, unknown>)[]);

describe('built-in catalog integrity', () => {
  it('parses with the CatalogFile schema', () => {
    const parsed = CatalogFile.safeParse(builtinCatalogFile);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('holds every family the catalog promises', () => {
    const c = builtinCatalog();
    const kinds = new Set(c.parts.map((p) => p.kind));
    for (const kind of [
      'accelerator',
      'cpu',
      'nic',
      'pcie-switch',
      'retimer',
      'redriver',
      'cxl-memory',
      'nvme',
    ] as const)
      expect(kinds.has(kind), kind).toBe(true);
    for (const protocol of ['pcie', 'cxl', 'nvlink', 'ualink', 'ethernet', 'infiniband'] as const)
      expect(
        c.standards.some((s) => s.protocol === protocol),
        protocol,
      ).toBe(true);
  });

  it.each(sections)('has unique ids in %s', (section) => {
    const ids = (builtinCatalogFile[section] ?? []).map((r) => r.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('gives every figure a source or an estimate reason', () => {
    const unsourced = records().flatMap((r) =>
      figureProvenance(r)
        .filter((f) => f.source === null && f.estimate === null)
        .map((f) => `${r.id}.${f.field}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('names only fields the record has in `sources` and `estimates`', () => {
    const stale = records().flatMap((r) =>
      [...Object.keys(r.sources ?? {}), ...Object.keys(r.estimates ?? {})]
        .filter((field) => r[field] === undefined)
        .map((field) => `${r.id}.${field}`),
    );
    expect(stale).toEqual([]);
  });

  it('flags estimates only on figure-holding fields (so --estimates can list each one)', () => {
    const flaggedKeys = records().flatMap((r) => Object.keys(r.estimates ?? {}).map((f) => `${r.id}.${f}`));
    const figureKeys = records().flatMap((r) =>
      figureProvenance(r)
        .filter((f) => f.estimate !== null)
        .map((f) => `${r.id}.${f.field}`),
    );
    expect(figureKeys.sort()).toEqual(flaggedKeys.sort());
    expect(flaggedKeys.length).toBeGreaterThan(0);
  });
});

/** vendor:device and vendor:device:subvendor:subdevice keys of a pci.ids file. */
function pciIdKeys(text: string): Set<string> {
  const keys = new Set<string>();
  let vendor = '';
  let device = '';
  for (const line of text.split('\n')) {
    let m: RegExpMatchArray | null;
    if ((m = /^([0-9a-f]{4}) {2}/.exec(line))) vendor = m[1]!;
    else if ((m = /^\t([0-9a-f]{4}) {2}/.exec(line))) keys.add(`${vendor}:${(device = m[1]!)}`);
    else if ((m = /^\t\t([0-9a-f]{4}) ([0-9a-f]{4}) {2}/.exec(line)))
      keys.add(`${vendor}:${device}:${m[1]}:${m[2]}`);
  }
  return keys;
}

describe('PCI ids', () => {
  const excerpt = readFileSync(
    new URL('../../test/fixtures/catalog/pci.ids.excerpt', import.meta.url),
    'utf8',
  );
  const known = pciIdKeys(excerpt);

  it('parses the pci.ids excerpt (sanity of the reader)', () => {
    expect(known.has('10de:2330')).toBe(true);
    expect(known.has('1000:c030:1000:0144')).toBe(true);
  });

  it('every catalog PCI id appears in pciutils/pciids pci.ids', () => {
    const missing = builtinCatalog().parts.flatMap((p) =>
      (p.pciIds ?? [])
        .map((id) =>
          [id.vendor, id.device, id.subsystemVendor, id.subsystemDevice]
            .filter((x) => x !== undefined)
            .join(':'),
        )
        .filter((key) => !known.has(key))
        .map((key) => `${p.id} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('sources every PCI id to pci.ids', () => {
    const parts = builtinCatalog().parts.filter((p) => (p.pciIds ?? []).length > 0);
    for (const p of parts) expect(p.sources?.pciIds ?? p.source ?? '', p.id).toMatch(/pci\.ids/);
  });

  it('keeps Astera (1dfa) and AMD Pensando (1dd8) apart', () => {
    const vendorOf = (id: string) => builtinCatalog().parts.find((p) => p.id === id)?.pciIds?.[0]?.vendor;
    expect(vendorOf('astera-leo')).toBe('1dfa');
    expect(vendorOf('amd-pollara-400')).toBe('1dd8');
  });
});
