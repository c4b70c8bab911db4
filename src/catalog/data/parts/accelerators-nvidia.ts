/** NVIDIA accelerators: PCIe host interface, one NVLink port, memory and power. */
import type { Part, PortTemplate } from '../../schema.js';
import { PCI_IDS_SOURCE, pciId, pcieUp } from './ports.js';

/** One NVLink port per GPU; links take `lanesPerLink` lanes from it (18 links × 2 lanes for NVLink 4/5). */
const nvlinkPort = (lanes: number, maxGen: number): PortTemplate => ({
  name: 'nvlink',
  protocol: 'nvlink',
  lanes,
  maxGen,
  role: 'peer',
});

const hawkvelt = 'hawkvelt.id.au; ai-hpc.github.io H200 page (standards-data §7.1) [2nd]';
/** CUDA compute capability × 10, as NCCL's `<gpu sm>` writes it (NVIDIA/nccl src/graph/xml.cc: major * 10 + minor). */
const CUDA_SM_SOURCE = 'developer.nvidia.com/cuda-gpus (compute capability table)';
const pciSrc = { pciIds: PCI_IDS_SOURCE, props: CUDA_SM_SOURCE };

export const nvidiaAccelerators: Part[] = [
  {
    id: 'nvidia-a100-sxm4',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'A100 SXM4 80GB',
    ports: [pcieUp(16, 4), nvlinkPort(48, 3)],
    powerW: 400,
    latencyNs: null,
    props: { cudaSm: 80 },
    memoryGB: 80,
    memoryBandwidthGBps: 2039,
    pciIds: [pciId('10de', '20b2'), pciId('10de', '20b0')],
    notes:
      'NVLink 3: 12 links × 4 lanes (48 lanes), 300 GB/s per dir. The 40 GB part (10de:20b0) has 1555 GB/s.',
    source:
      'glennklockwood.com/garden/processors/A100 (citing the NVIDIA A100 datasheet): 400 W max, 80 GB HBM2e, 2.039 TB/s, PCIe Gen4, 300+300 GB/s NVLink',
    sources: {
      ...pciSrc,
      ports:
        'stas00/ml-engineering README; petronellatech (12 NVLink 3 links of 4 lanes); glennklockwood (PCIe Gen4)',
    },
  },
  {
    id: 'nvidia-h100-sxm5',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'H100 SXM5 80GB',
    ports: [pcieUp(16, 5), nvlinkPort(36, 4)],
    powerW: 700,
    latencyNs: null,
    props: { cudaSm: 90 },
    memoryGB: 80,
    memoryBandwidthGBps: 3350,
    pciIds: [pciId('10de', '2330'), pciId('10de', '2339')],
    notes: 'NVLink 4: 18 links × 2 lanes, 900 GB/s bidir. 10de:2339 is the 94 GB SXM5 variant.',
    source: hawkvelt,
    sources: pciSrc,
  },
  {
    id: 'nvidia-h100-pcie',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'H100 PCIe 80GB',
    ports: [pcieUp(16, 5)],
    powerW: 350,
    latencyNs: null,
    props: { cudaSm: 90 },
    memoryGB: 80,
    pciIds: [pciId('10de', '2331')],
    notes: 'An NVLink bridge joins 2 cards; its lane count is not sourced, so no nvlink port is declared.',
    source: 'manuals.plus H100 PCIe product brief copy (80 GB, 350 W, PCIe Gen5 x16)',
    sources: pciSrc,
  },
  {
    id: 'nvidia-h200-sxm',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'H200 SXM 141GB',
    ports: [pcieUp(16, 5), nvlinkPort(36, 4)],
    powerW: 700,
    latencyNs: null,
    props: { cudaSm: 90 },
    memoryGB: 141,
    memoryBandwidthGBps: 4800,
    pciIds: [pciId('10de', '2335')],
    notes: 'H200 NVL (PCIe, 10de:233b) is 600 W.',
    source: 'ai-hpc.github.io H200 page; saulelectric (standards-data §7.1) [2nd]',
    sources: pciSrc,
  },
  {
    id: 'nvidia-b200',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'B200 (HGX)',
    ports: [pcieUp(16, 6), nvlinkPort(36, 5)],
    powerW: 1000,
    latencyNs: null,
    props: { cudaSm: 100 },
    memoryGB: 192,
    memoryBandwidthGBps: 8000,
    pciIds: [pciId('10de', '2901')],
    notes: 'NVLink 5: 18 links × 2 lanes, 1.8 TB/s bidir. 1200 W in GB200 (see nvidia-b200-gb200).',
    source: 'glennklockwood.com/garden/processors/B200; nextpcb (standards-data §7.1)',
    sources: pciSrc,
  },
  {
    id: 'nvidia-b200-gb200',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'B200 in a GB200 superchip',
    ports: [nvlinkPort(36, 5), { name: 'c2c', protocol: 'c2c', lanes: 1, role: 'upstream' }],
    powerW: 1200,
    latencyNs: null,
    props: { cudaSm: 100 },
    memoryGB: 192,
    memoryBandwidthGBps: 8000,
    pciIds: [pciId('10de', '2941')],
    notes:
      'GB200 superchip = 1 Grace + 2 B200; each GPU reaches Grace over NVLink-C2C (900 GB/s bidir). 10de:2941 is listed as "GB100 [HGX GB200]".',
    source: 'glennklockwood.com/garden/processors/B200 (1200 W in GB200); elprocus; NVIDIA Grace blog (C2C)',
    sources: pciSrc,
    estimates: {
      ports: 'the C2C port lane count is not public: one logical lane stands for the whole C2C link',
    },
  },
  {
    id: 'nvidia-b300',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'B300 (GB300 NVL72 / HGX B300)',
    ports: [pcieUp(16, 6), nvlinkPort(36, 5)],
    powerW: null,
    latencyNs: null,
    props: { cudaSm: 103 },
    notes:
      'Memory and power are not sourced here. In GB300 NVL72 each B300 has a Gen6 x16 link to a ConnectX-8.',
    source: 'cloudnews.tech / STH Hot Chips 2025 (CX8 → B300 Gen6 x16)',
    sources: { props: CUDA_SM_SOURCE },
    estimates: { ports: 'NVLink port assumed as B200 (NVLink 5, 18 × 2 lanes); not sourced for B300' },
  },
  {
    id: 'nvidia-l40s',
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'L40S (PCIe)',
    ports: [pcieUp(16, 4)],
    powerW: 350,
    latencyNs: null,
    props: { cudaSm: 89 },
    memoryGB: 48,
    memoryBandwidthGBps: 864,
    pciIds: [pciId('10de', '26b9')],
    notes: 'No NVLink.',
    source:
      'NVIDIA L40/L40S specification table as reproduced by reseller mullet.se (product 355414) and the NVIDIA L40S datasheet copy on scribd (909978823): 48 GB GDDR6, 864 GB/s, PCIe Gen4 x16, 350 W max; low confidence (reseller copy)',
    sources: pciSrc,
  },
];
