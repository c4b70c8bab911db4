// The shipped PCI ID database: present in the package, parsed once, names the catalog's devices, licence kept.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../catalog/index.js';
import { packageRoot } from '../builtin.js';
import { classCodeByName, deviceName, idsByDescription, vendorName } from './pci-ids.js';
import { SHIPPED_PCI_IDS_FILE, shippedPciIds } from './pci-ids-shipped.js';

const text = gunzipSync(readFileSync(`${packageRoot()}/${SHIPPED_PCI_IDS_FILE}`)).toString('utf8');

describe('shipped PCI ID database', () => {
  it('keeps the upstream header with its dual licence (the package takes the BSD-3-Clause option)', () => {
    expect(text.slice(0, 1200)).toMatch(/List of PCI IDs/);
    expect(text.slice(0, 1200)).toMatch(
      /GNU General Public License\s*#\s*\(version 2 or higher\) or the 3-clause BSD License/,
    );
    expect(shippedPciIds().version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  });
  it('is parsed once: later calls return the same object', () => {
    expect(shippedPciIds()).toBe(shippedPciIds());
  });
  it('names devices as pciutils/pciids does (lines copied from the upstream file)', () => {
    const db = shippedPciIds();
    // pci.ids: "10de  NVIDIA Corporation" / "\t2335  GH100 [H200 SXM 141GB]"
    expect(vendorName(db, '10de')).toBe('NVIDIA Corporation');
    expect(deviceName(db, '10de', '2335')).toBe('GH100 [H200 SXM 141GB]');
    // "\t1021  MT2910 Family [ConnectX-7]"; class "C 03 Display controller" / "\t02  3D controller"
    expect(deviceName(db, '15b3', '1021')).toBe('MT2910 Family [ConnectX-7]');
    expect(classCodeByName(db, '3D controller')).toBe(0x0302);
    expect(classCodeByName(db, 'Infiniband controller')).toBe(0x0207);
    // lspci -tv prints only the names: found back by reverse look-up.
    expect(idsByDescription(db, 'NVIDIA Corporation GH100 [H200 SXM 141GB]')).toEqual({
      vendor: '10de',
      device: '2335',
    });
  });
  it('lists every vendor:device id the catalog declares', () => {
    const db = shippedPciIds();
    const missing = builtinCatalog()
      .parts.flatMap((p) => (p.pciIds ?? []).map((id) => ({ part: p.id, ...id })))
      .filter((id) => !db.vendors.get(id.vendor)?.devices.has(id.device));
    expect(missing).toEqual([]);
  });
});
