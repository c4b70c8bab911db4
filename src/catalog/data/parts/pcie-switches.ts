/** PCIe switches: total lanes and maximum ports, with a default port template designs may replace. */
import type { Part } from '../../schema.js';
import { PCI_IDS_SOURCE, pciId, switchPorts } from './ports.js';

const pciSrc = { pciIds: PCI_IDS_SOURCE };
const templateNote =
  'Default template only: up0 plus downstream groups; designs declare their own port list within lanes/maxPorts.';

/** Broadcom PEX890xx (Gen5): lanes and ports from the pci.ids subsystem names under 1000:c030. */
const pex890xx = (lanes: number, maxPorts: number, extra: Partial<Part> = {}): Part => ({
  id: `broadcom-pex89${String(lanes).padStart(3, '0')}`,
  kind: 'pcie-switch',
  vendor: 'Broadcom',
  name: `PEX89${String(lanes).padStart(3, '0')} (Gen5, ${lanes} lanes, ${maxPorts} ports)`,
  ports: switchPorts(lanes, lanes % 16 === 0 ? 16 : 8, 5),
  powerW: null,
  latencyNs: null,
  lanes,
  maxPorts,
  maxGen: 5,
  pciIds: [pciId('1000', 'c030', '1000', String(lanes).padStart(4, '0'))],
  notes: templateNote,
  source: PCI_IDS_SOURCE + ' (subsystem names under 1000:c030 give lanes and ports)',
  ...extra,
});

/** PEX88096 (Gen4, 96 lanes) is 36 W typical (Linley 6069); the Gen5 parts' power is not public. */
const PEX88096_W_PER_LANE = 36 / 96;
const pexPower = (lanes: number): Partial<Part> => ({
  powerW: Math.round(lanes * PEX88096_W_PER_LANE),
  estimates: {
    powerW:
      'not public for Gen5: scaled per lane from the PEX88096 (36 W typ for 96 Gen4 lanes, Linley newsletter 6069) [derived]',
  },
});

const broadcom: Part[] = [
  pex890xx(24, 24),
  pex890xx(32, 32),
  pex890xx(48, 48, {
    latencyNs: 115,
    sources: { latencyNs: 'highpoint-tech.com/post/the-latency-war (PEX89048 115 ns) [vendor]' },
  }),
  pex890xx(72, 36, pexPower(72)),
  pex890xx(88, 44, pexPower(88)),
  pex890xx(104, 52),
  pex890xx(144, 72, {
    ...pexPower(144),
    latencyNs: 115,
    sources: { latencyNs: 'probsee.com/p/PEX89144 (115 ns); low confidence (aggregator)' },
  }),
  {
    id: 'broadcom-pex88096',
    kind: 'pcie-switch',
    vendor: 'Broadcom',
    name: 'PEX88096 (Gen4, 96 lanes)',
    ports: switchPorts(96, 16, 4),
    powerW: 36,
    latencyNs: 105,
    lanes: 96,
    maxPorts: 96,
    maxGen: 4,
    pciIds: [pciId('1000', 'c010', '1000', 'a096')],
    notes: templateNote + ' Latency is cut-through x16 to x16.',
    source: 'Linley newsletter 6069 (2019): PEX88000 105 ns cut-through, PEX88096 36 W typ [2nd]',
    sources: { ...pciSrc, maxPorts: PCI_IDS_SOURCE + ' ("96 lane/port")' },
  },
  {
    id: 'broadcom-pex90144',
    kind: 'pcie-switch',
    vendor: 'Broadcom',
    name: 'PEX90144 (Atlas 3, Gen6, 144 lanes)',
    ports: switchPorts(144, 16, 6),
    powerW: null,
    latencyNs: null,
    lanes: 144,
    maxGen: 6,
    pciIds: [pciId('1000', 'c040')],
    notes: templateNote + ' 5 nm, PCIe 6.1 / CXL 3.1.',
    source:
      'STH SC25 report (lc336b.org copy); Broadcom talk summary (youtubesummaries): 144 lanes, 9 × x16 [2nd]',
    sources: pciSrc,
  },
];

const microchip: Part[] = [
  {
    id: 'microchip-pm50100',
    kind: 'pcie-switch',
    vendor: 'Microchip',
    name: 'Switchtec PFX PM50100 (Gen5, 100 lanes)',
    ports: switchPorts(100, 16, 5),
    powerW: null,
    latencyNs: null,
    lanes: 100,
    maxGen: 5,
    pciIds: [pciId('11f8', '5000')],
    notes: templateNote,
    source:
      'torvalds/linux drivers/pci/switch/switchtec.c (Gen5 PFX/PSX/PAX 28-100 lanes); ' + PCI_IDS_SOURCE,
    sources: pciSrc,
  },
  {
    id: 'microchip-pm62160',
    kind: 'pcie-switch',
    vendor: 'Microchip',
    name: 'Switchtec PFX PM62160 (Gen6, 160 lanes)',
    ports: switchPorts(160, 16, 6),
    powerW: null,
    latencyNs: null,
    lanes: 160,
    maxGen: 6,
    pciIds: [pciId('11f8', '6260')],
    notes: templateNote + ' 3 nm; >15 % lower power per lane than 5 nm parts (Microchip).',
    source:
      'torvalds/linux switchtec.c and commit b598aba9; Microchip press 13 Oct 2025 (eenewseurope); ' +
      PCI_IDS_SOURCE,
    sources: pciSrc,
  },
];

const astera: Part[] = [
  {
    id: 'astera-scorpio-p64',
    kind: 'pcie-switch',
    vendor: 'Astera Labs',
    name: 'Scorpio P-series 64-lane (Gen6, 4 × x16)',
    ports: switchPorts(64, 16, 6),
    powerW: null,
    latencyNs: null,
    lanes: 64,
    maxGen: 6,
    pciIds: [pciId('1dfa', '05c0')],
    notes: templateNote + ' The P-series family spans 32 to 320 lanes.',
    source: 'hardwarebee.com PCIe 6 interop demo (64 lanes, 4 × x16) [vendor]',
    sources: pciSrc,
  },
  {
    id: 'astera-scorpio-x320',
    kind: 'pcie-switch',
    vendor: 'Astera Labs',
    name: 'Scorpio X-series 320-lane AI fabric switch (Gen6)',
    ports: switchPorts(320, 16, 6),
    powerW: null,
    latencyNs: null,
    lanes: 320,
    maxGen: 6,
    capacityTbps: 20.48,
    inNetworkReduction: true,
    notes:
      templateNote +
      ' Single die; Hypercast multicast and in-network compute; announced 5 May 2026. Latency "low", no number.',
    source: 'theoutpost.ai (The Register); knownow.tech (320 lanes, 5.12 TB/s bidir) [2nd]',
    sources: { capacityTbps: '5.12 TB/s bidir ÷ 2 × 8 bits = 20.48 Tb/s per dir [derived]' },
  },
];

export const pcieSwitches: Part[] = [...broadcom, ...microchip, ...astera];
