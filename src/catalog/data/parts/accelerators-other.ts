/** AMD, Intel and generic accelerators: PCIe host interface, xGMI or Ethernet/UALink scale-up ports. */
import type { Part, PortTemplate } from '../../schema.js';
import { PCI_IDS_SOURCE, pciId, pcieUp } from './ports.js';

const pciSrc = { pciIds: PCI_IDS_SOURCE };
/** GPU architecture names (what RCCL keys its xGMI figure by): ROCm's LLVM AMDGPU processor table. */
const gcnSrc =
  'llvm.org/docs/AMDGPUUsage.html processor table: gfx942 = MI300X/MI325X, gfx950 = MI350X/MI355X';

/** MI300-class: 7 xGMI links of 16 lanes, one to each peer on the 8-GPU UBB. */
const xgmiPorts: PortTemplate = {
  name: 'xgmi{i}',
  count: 7,
  protocol: 'infinity-fabric',
  lanes: 16,
  laneRateGbps: 32,
  role: 'peer',
};

const amd: Part[] = [
  {
    id: 'amd-mi300x',
    kind: 'accelerator',
    vendor: 'AMD',
    name: 'Instinct MI300X (OAM)',
    ports: [pcieUp(16, 5), xgmiPorts],
    powerW: 750,
    latencyNs: null,
    memoryGB: 192,
    memoryBandwidthGBps: 5300,
    props: { gcnArch: 'gfx942' },
    pciIds: [pciId('1002', '74a1')],
    source: 'aiwiki; wheelersnetwork 2024-01; stas00/ml-engineering README (standards-data §7.1)',
    sources: { ...pciSrc, props: gcnSrc },
  },
  {
    id: 'amd-mi325x',
    kind: 'accelerator',
    vendor: 'AMD',
    name: 'Instinct MI325X (OAM)',
    ports: [pcieUp(16, 5), xgmiPorts],
    powerW: 1000,
    latencyNs: null,
    memoryGB: 256,
    memoryBandwidthGBps: 6000,
    props: { gcnArch: 'gfx942' },
    pciIds: [pciId('1002', '74a5')],
    source: 'wiaix; awesomeagents (standards-data §7.1) [2nd]',
    sources: { ...pciSrc, props: gcnSrc },
  },
  {
    id: 'amd-mi355x',
    kind: 'accelerator',
    vendor: 'AMD',
    name: 'Instinct MI355X (liquid-cooled)',
    ports: [pcieUp(16, 5), xgmiPorts],
    powerW: 1400,
    latencyNs: null,
    memoryGB: 288,
    memoryBandwidthGBps: 8000,
    props: { gcnArch: 'gfx950' },
    pciIds: [pciId('1002', '75a3')],
    notes:
      'Infinity Fabric ~153 GB/s bidir per link (humeconsulting, low confidence). MI350X (1002:75a0) is 1000 W.',
    source: 'aiwiki; theregister.com 2025-06-12 (standards-data §7.1)',
    sources: { ...pciSrc, props: gcnSrc },
    estimates: {
      ports: 'host interface and link count unsourced: MI300X layout (Gen5 x16, 7 × x16 xGMI) assumed',
    },
  },
];

const others: Part[] = [
  {
    id: 'intel-gaudi3',
    kind: 'accelerator',
    vendor: 'Intel',
    name: 'Gaudi 3 (OAM)',
    ports: [
      pcieUp(16, 5),
      { name: 'eth{i}', count: 24, protocol: 'ethernet', lanes: 2, laneRateGbps: 100, role: 'peer' },
    ],
    powerW: 900,
    latencyNs: null,
    memoryGB: 128,
    memoryBandwidthGBps: 3700,
    pciIds: [pciId('1da3', '1060')],
    notes: '24 × 200GbE RoCE on die: 21 for the in-node mesh (3 per peer × 7), 3 for scale-out.',
    source: 'yobitel / evokernel; stas00/ml-engineering README (standards-data §7.1)',
    sources: pciSrc,
    estimates: { ports: '200GbE port assumed as 2 lanes × 100G PAM4 (lane split not sourced)' },
  },
  {
    id: 'generic-xpu',
    kind: 'accelerator',
    vendor: 'generic',
    name: 'Generic custom accelerator (Gen5 x16 host, 4 × x4 UALink/Ethernet scale-up)',
    ports: [
      pcieUp(16, 5),
      {
        name: 'ual{i}',
        count: 4,
        protocol: 'ualink',
        altProtocols: ['ethernet'],
        lanes: 4,
        laneRateGbps: 200,
        role: 'peer',
      },
    ],
    powerW: null,
    latencyNs: null,
    notes: 'A template for a custom XPU; copy it into a user catalog and set real figures.',
    estimates: {
      ports: 'illustrative template, not a product: Gen5 x16 host and four UALink 1.0 x4 ports chosen',
    },
  },
  {
    id: 'generic-xpu-gen6',
    kind: 'accelerator',
    vendor: 'generic',
    name: 'Generic custom accelerator (Gen6 x16 host, no scale-up ports)',
    ports: [pcieUp(16, 6)],
    powerW: null,
    latencyNs: null,
    notes:
      'A template for an XPU that scales up over a PCIe Gen6 switch fabric (Scorpio X-class); copy it into a user catalog and set real figures.',
    estimates: { ports: 'illustrative template, not a product: a Gen6 x16 host interface chosen' },
  },
];

export const otherAccelerators: Part[] = [...amd, ...others];
