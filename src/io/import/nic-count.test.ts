// NICs as users count them: one per network port, management/host ports (1-10 GbE) apart, VFs only without PFs.
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { statedRateGbps } from './classify.js';
import { importLspci } from './lspci.js';
import { summarize } from './summary.js';

describe('NIC counting', () => {
  it('reads the line rate a NIC name states', () => {
    // Device names as pci.ids writes them.
    expect(statedRateGbps('Ethernet Controller X710 for 10GBASE-T')).toBe(10);
    expect(statedRateGbps('I350 Gigabit Network Connection')).toBe(1);
    expect(statedRateGbps('82599ES 10-Gigabit SFI/SFP+ Network Connection')).toBe(10);
    expect(statedRateGbps('RTL8125 2.5GbE Controller')).toBe(2.5);
    expect(statedRateGbps('Ethernet Controller XL710 for 40GbE QSFP+')).toBe(40);
    expect(statedRateGbps('MT2910 Family [ConnectX-7]')).toBeNull();
    expect(statedRateGbps('Ethernet Controller E810-C for QSFP')).toBeNull();
  });
  it('Puget WRX90: the dual-port ConnectX-7 is 2 NICs; the onboard dual X710 10GBASE-T is 2 management ports', () => {
    // Header: "1x Mellanox ConnectX-7 (MT2910) dual-port"; the tree also shows 14:00.0/14:00.1 X710 for 10GBASE-T.
    const r = importLspci(
      fixture('puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt'),
      testCatalog,
      pciIds,
    );
    expect(summarize(r.design)).toMatchObject({ gpus: 2, nics: 2, managementNics: 2 });
    const mgmt = r.design.components.filter((c) => c.infos.management !== undefined);
    expect(mgmt.map((c) => c.pciBusId)).toEqual(['0000:14:00.0', '0000:14:00.1']);
    expect(r.issues.filter((i) => i.code === 'nic-management')).toHaveLength(2);
  });
  it('counts a 1 GbE port found by its -n class code and id apart, and says nothing of management where there is none', () => {
    // 8086:1521 is "I350 Gigabit Network Connection" in pci.ids; 15b3:1021 is ConnectX-7 (a catalog part).
    const r = importLspci(
      ['17:00.0 0200: 8086:1521', '18:00.0 0200: 15b3:1021'].join('\n'),
      testCatalog,
      pciIds,
    );
    expect(summarize(r.design)).toMatchObject({ nics: 1, managementNics: 1 });
    const cx7only = importLspci('18:00.0 0200: 15b3:1021', testCatalog, pciIds);
    expect(summarize(cx7only.design)).not.toHaveProperty('managementNics');
  });
});
