/** The parts only the reference designs use (A100-era host, Gen6 XPU) are valid, registered and use only listed PCI ids. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinCatalog, figureProvenance, findPart, findStandard, Part } from '../../src/catalog/index.js';

/** Parts added for the reference designs (examples/*.yaml), now in their family files. */
const REFERENCE_PART_IDS = ['nvidia-nvswitch-gen2', 'amd-epyc-7742', 'nvidia-connectx6', 'generic-xpu-gen6'];
const referenceParts = (): Part[] =>
  REFERENCE_PART_IDS.map((id) => findPart(builtinCatalog(), id)!).filter(Boolean);

describe('reference-design parts', () => {
  it('validate against the catalog schema and flag every estimate with a reason', () => {
    for (const p of referenceParts()) {
      expect(() => Part.parse(p), p.id).not.toThrow();
      expect(p.source ?? p.estimates, p.id).toBeDefined();
    }
  });

  // The same rules src/catalog/catalog-integrity.test.ts applies to the built-in catalog, so registering them is safe.
  it('give every figure a source or an estimate reason, and flag estimates only on figure fields', () => {
    for (const p of referenceParts()) {
      const figures = figureProvenance(p);
      expect(
        figures.filter((f) => f.source === null && f.estimate === null).map((f) => f.field),
        p.id,
      ).toEqual([]);
      const flagged = Object.keys(p.estimates ?? {}).sort();
      expect(flagged, p.id).toEqual(
        figures
          .filter((f) => f.estimate !== null)
          .map((f) => f.field)
          .sort(),
      );
    }
  });

  it('use only PCI ids listed in pci.ids (test/fixtures/catalog/pci.ids.excerpt)', () => {
    const lines = readFileSync('test/fixtures/catalog/pci.ids.excerpt', 'utf8').split('\n');
    const listed = (vendor: string, device: string) => {
      const v = lines.findIndex((l) => l.startsWith(`${vendor}  `));
      const end = lines.findIndex((l, k) => k > v && /^[0-9a-f]{4} {2}/.test(l));
      return (
        v >= 0 && lines.slice(v + 1, end < 0 ? undefined : end).some((l) => l.startsWith(`\t${device}  `))
      );
    };
    expect(listed('10de', '2330')).toBe(true); // H100 SXM5: the reader finds a known id
    expect(listed('10de', '1af1')).toBe(false); // A100 NVSwitch: not in the excerpt, so the part carries no id
    for (const p of referenceParts())
      for (const id of p.pciIds ?? [])
        expect(listed(id.vendor, id.device), `${p.id} ${id.vendor}:${id.device}`).toBe(true);
  });

  it('NVSwitch gen2 ports match NVLink 3 links (4 lanes each, catalog standard nvlink3)', () => {
    const sw = referenceParts().find((p) => p.id === 'nvidia-nvswitch-gen2')!;
    const nvlink3 = findStandard(builtinCatalog(), 'nvlink', 3)!;
    expect(sw.ports[0]!.lanes).toBe(nvlink3.lanesPerLink);
  });

  it('are in the built-in catalog', () => {
    const missing = REFERENCE_PART_IDS.filter((id) => !findPart(builtinCatalog(), id));
    expect(missing).toEqual([]);
  });
});
