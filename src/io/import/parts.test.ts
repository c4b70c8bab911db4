// Part look-ups for imports: generic parts are valid catalog records, PCI ids prefer a subsystem match.
import { describe, expect, it } from 'vitest';
import { CatalogFile, mergeCatalogs, type Part } from '../../catalog/index.js';
import { genericParts } from '../../catalog/data/parts/generic.js';
import { pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { generateHwloc } from '../../../test/fixtures/import/hwloc-gen.js';
import { importHwlocXml } from './hwloc-xml.js';
import { genericPartId, isSwitchChip, partByPciId, withGenericParts } from './parts.js';
import { deviceName } from './pci-ids.js';
import { summarize } from './summary.js';

const board = (id: string, subsystemDevice?: string): Part => ({
  id,
  kind: 'accelerator',
  vendor: 'test',
  name: id,
  ports: [],
  powerW: null,
  latencyNs: null,
  pciIds: [
    {
      vendor: '10de',
      device: '2330',
      ...(subsystemDevice ? { subsystemVendor: '10de', subsystemDevice } : {}),
    },
  ],
});

describe('import part look-ups', () => {
  it('generic parts pass the catalog schema, with null figures', () => {
    expect(() => CatalogFile.parse({ catalogVersion: 1, parts: genericParts })).not.toThrow();
    expect(genericParts.every((p) => p.powerW === null && p.latencyNs === null)).toBe(true);
    expect(genericPartId('accelerator')).toBe('generic-gpu');
    expect(withGenericParts(testCatalog).parts.some((p) => p.id === 'generic-cxl-memory')).toBe(true);
  });
  it('prefers the part whose subsystem ids match, else the one without subsystem ids', () => {
    const catalog = mergeCatalogs({
      catalogVersion: 1,
      parts: [board('any-board'), board('oem-board', '16c1')],
    });
    const ids = { vendor: '10de', device: '2330', subsystemVendor: '10de', subsystemDevice: '16c1' };
    expect(partByPciId(catalog, ids)?.id).toBe('oem-board');
    expect(partByPciId(catalog, { ...ids, subsystemDevice: '0000' })?.id).toBe('any-board');
    expect(partByPciId(catalog, { ...ids, device: '2331' })).toBeNull();
  });
  it('merges bridge levels only of a catalog switch chip, not of one the database merely names a switch', () => {
    const pex = { vendor: '1000', device: 'c030', subsystemVendor: null, subsystemDevice: null };
    expect(isSwitchChip(testCatalog, pex)).toBe(true);
    // pci.ids names 10b5:9781 "PEX9781 ... ExpressFabric Switch", but DGX-2 cascades two of them: no merge.
    expect(deviceName(pciIds, '10b5', '9781')).toMatch(/Switch/);
    const bare = mergeCatalogs({ catalogVersion: 1 });
    expect(isSwitchChip(bare, pex)).toBe(false);
    expect(isSwitchChip(testCatalog, { ...pex, vendor: '10de', device: '2330' })).toBe(false);
  });
  it('the benchmark generator file imports with the counts it was built with', () => {
    // 2 packages x 3 root ports, each root port -> one PEX890xx switch -> one GPU and one NIC.
    const d = importHwlocXml(
      generateHwloc({ packages: 2, coresPerPackage: 4, rootPortsPerPackage: 3 }),
      testCatalog,
      pciIds,
    ).design;
    expect(summarize(d)).toEqual({
      gpus: 6,
      nics: 6,
      cpus: 2,
      pcieSwitches: 6,
      nvlinkBundles: 0,
      retimers: 0,
    });
    // 63.015384 GB/s = 16 x 32 GT/s x 128/130 / 8: Gen5 x16.
    expect(d.links.find((l) => l.to.component === 'node0/gpu0')?.reported).toEqual({ gen: 5, width: 16 });
  });
});
