import { describe, expect, it } from 'vitest';
import { classCodeByName, deviceName, idsByDescription, parsePciIds, vendorName } from './pci-ids.js';

// Lines in the layout of pci.ids (tabs are significant): vendor, device, subsystem, then the class section.
const SAMPLE = [
  '# comment',
  '10de  NVIDIA Corporation',
  '\t2330  GH100[H100 SXM5 80GB]',
  '\t\t10de 16c1  H100 SXM5 80GB',
  '15b3  Mellanox Technologies',
  '\t1021  MT2910 Family [ConnectX-7]',
  'C 03  Display controller',
  '\t00  VGA compatible controller',
  '\t02  3D controller',
].join('\n');

describe('parsePciIds', () => {
  const db = parsePciIds(SAMPLE);
  it('reads vendors, devices and subsystems', () => {
    expect(vendorName(db, '10de')).toBe('NVIDIA Corporation');
    expect(deviceName(db, '15b3', '1021')).toBe('MT2910 Family [ConnectX-7]');
    expect(db.vendors.get('10de')?.devices.get('2330')?.subsystems.get('10de 16c1')).toBe('H100 SXM5 80GB');
  });
  it('maps a subclass name to its 16-bit class code (03 02 -> 0x0302)', () => {
    expect(classCodeByName(db, '3D controller')).toBe(0x0302);
    expect(classCodeByName(db, 'no such class')).toBeNull();
  });
  it('reverses an lspci description to ids, including the "Device 2335" form for unnamed ids', () => {
    expect(idsByDescription(db, 'Mellanox Technologies MT2910 Family [ConnectX-7]')).toEqual({
      vendor: '15b3',
      device: '1021',
    });
    expect(idsByDescription(db, 'NVIDIA Corporation Device 2335')).toEqual({
      vendor: '10de',
      device: '2335',
    });
    expect(idsByDescription(db, 'Unknown Vendor Thing')).toBeNull();
    expect(idsByDescription(null, 'NVIDIA Corporation Device 2335')).toBeNull();
  });
});
