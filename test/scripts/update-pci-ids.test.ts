// `npm run update-pci-ids -- FILE`: checks the file is pci.ids, compresses it losslessly and reproducibly.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packPciIds } from '../../scripts/update-pci-ids.js';

// A pci.ids in the upstream layout: the licence header, a vendor, a device, a subsystem, a class section.
const SMALL = [
  '#',
  '#\tList of PCI IDs',
  '#',
  '#\tVersion: 2030.01.02',
  '#',
  '#\tThis file can be distributed under either the GNU General Public License',
  '#\t(version 2 or higher) or the 3-clause BSD License.',
  '#',
  '10de  NVIDIA Corporation',
  '\t2335  GH100 [H200 SXM 141GB]',
  '\t\t10de 18be  H200 SXM 141GB',
  'C 03  Display controller',
  '\t02  3D controller',
  '',
].join('\n');

describe('update-pci-ids', () => {
  it('round-trips the file byte for byte and gives the same bytes for the same input', () => {
    const a = packPciIds(SMALL);
    expect(gunzipSync(a.gz).toString('utf8')).toBe(SMALL);
    expect(packPciIds(SMALL).gz.equals(a.gz)).toBe(true);
    expect(a).toMatchObject({ version: '2030.01.02', vendors: 1, devices: 1 });
  });
  it('reports the catalog ids the new file lacks (here all but 10de:2335)', () => {
    const { missingCatalogIds } = packPciIds(SMALL);
    expect(missingCatalogIds).not.toContain('10de:2335');
    expect(missingCatalogIds).toContain('15b3:1021');
  });
  it('refuses a file without the licence header or without a Version line', () => {
    expect(() => packPciIds(SMALL.replace(/3-clause BSD License/, 'something'))).toThrow(/licence header/);
    expect(() => packPciIds(SMALL.replace(/Version: \S+/, ''))).toThrow(/Version/);
  });
});
