/** CXL memory controllers (Type 3 expanders) and NVMe drives. */
import type { Part } from '../../schema.js';
import { PCI_IDS_SOURCE, pciId, pcieUp } from './ports.js';

const cxlUp = (lanes: number) => pcieUp(lanes, 5, ['cxl']);

const cxlControllers: Part[] = [
  {
    id: 'astera-leo',
    kind: 'cxl-memory',
    vendor: 'Astera Labs',
    name: 'Leo CXL 2.0 memory controller (CM5xxxx)',
    ports: [cxlUp(16)],
    powerW: null,
    latencyNs: null,
    maxGen: 5,
    memoryGB: 2048,
    pciIds: [pciId('1dfa', '01e2')],
    notes: 'DDR5-5600 RDIMMs, up to 2 TB per controller; in Azure M-series preview.',
    source:
      'windowsforum.com Azure M-series thread (Astera release 18 Nov 2025): CXL 2.0, up to 2 TB, DDR5-5600',
    sources: { pciIds: PCI_IDS_SOURCE },
    estimates: { ports: 'host lanes unsourced (standards-data §4.3): commonly described as PCIe 5 x16' },
  },
  {
    id: 'microchip-smc2000-16x32g',
    kind: 'cxl-memory',
    vendor: 'Microchip',
    name: 'SMC 2000 16x32G CXL memory controller',
    ports: [cxlUp(16)],
    powerW: null,
    latencyNs: null,
    maxGen: 5,
    memoryBandwidthGBps: 76.8,
    notes: 'x16 at 32 GT/s; 2 channels DDR4-3200 or DDR5-4800; CXL 1.1/2.0.',
    source: 'electronics360.globalspec.com article 18466 [vendor via 2nd]',
    sources: {
      memoryBandwidthGBps: '2 channels × DDR5-4800 38.4 GB/s (tomshardware CZ120 article) [derived]',
    },
  },
  {
    id: 'montage-m88mx5891',
    kind: 'cxl-memory',
    vendor: 'Montage Technology',
    name: 'M88MX5891 CXL memory expander controller',
    ports: [cxlUp(16)],
    powerW: null,
    latencyNs: null,
    maxGen: 5,
    pciIds: [pciId('1b00', 'c001')],
    sources: { pciIds: PCI_IDS_SOURCE },
    estimates: {
      ports: 'lane count not in the ID database or our sources: Gen5 x16 assumed like SMC 2000',
      maxGen: 'generation not sourced: Gen5 (the CXL 1.1/2.0 PHY) assumed',
    },
  },
];

const nvme: Part[] = [
  {
    id: 'generic-nvme-gen5-e3s',
    kind: 'nvme',
    vendor: 'generic',
    name: 'Generic NVMe SSD, PCIe Gen5 x4, E3.S',
    ports: [pcieUp(4, 5)],
    powerW: null,
    latencyNs: null,
    notes:
      'Power depends on the drive; set it in a user catalog. In GB300 NVL72 a CX8 feeds an SSD over Gen5 x4.',
    source: 'cloudnews.tech / STH Hot Chips 2025 (SSD on Gen5 x4 behind CX8)',
  },
  {
    id: 'generic-nvme-gen4-u2',
    kind: 'nvme',
    vendor: 'generic',
    name: 'Generic NVMe SSD, PCIe Gen4 x4, U.2',
    ports: [pcieUp(4, 4)],
    powerW: null,
    latencyNs: null,
    notes: 'Power depends on the drive; set it in a user catalog.',
    estimates: { ports: 'generic template: the common U.2 NVMe interface (Gen4 x4), no product datasheet' },
  },
];

export const memoryAndStorage: Part[] = [...cxlControllers, ...nvme];
