/** Standards other than PCIe: CXL, NVLink, UALink, Ethernet, InfiniBand, socket and chip-to-chip links. */
import type { Standard } from '../schema.js';
import {
  budget100g,
  budget200g,
  budget200gEstimate,
  ethernetStandards,
  infinibandStandards,
} from './standards-network.js';

const cxlSlides = 'CXL Consortium OFA 2024 slides (sgpjbg.com copy), standards-data §4.1';
const stas00 = 'stas00/ml-engineering network/README.md';
const nyquistPam4 = 'Nyquist = rate / 4 for PAM4 (2 bits per symbol, Nyquist = symbol rate / 2) [derived]';

const cxl: Standard[] = [
  {
    id: 'cxl1',
    name: 'CXL 1.1',
    protocol: 'cxl',
    gen: 1,
    rateGTps: 32,
    pciePhyGen: 5,
    encoding: '68 B flit',
    features: ['cxl.io', 'cxl.cache', 'cxl.mem', 'type1', 'type2', 'type3', 'direct-attach'],
    notes: 'Runs on the PCIe 5.0 PHY (32 GT/s); channel budgets are those of pcie5.',
    source: cxlSlides,
  },
  {
    id: 'cxl2',
    name: 'CXL 2.0',
    protocol: 'cxl',
    gen: 2,
    rateGTps: 32,
    pciePhyGen: 5,
    encoding: '68 B flit',
    features: [
      'cxl.io',
      'cxl.cache',
      'cxl.mem',
      'single-level-switching',
      'memory-pooling-mld',
      'global-persistent-flush',
      'ide',
    ],
    notes: 'Runs on the PCIe 5.0 PHY (32 GT/s).',
    source: cxlSlides,
  },
  {
    id: 'cxl3',
    name: 'CXL 3.0 / 3.1 / 3.2',
    protocol: 'cxl',
    gen: 3,
    rateGTps: 64,
    pciePhyGen: 6,
    encoding: '256 B flit',
    features: [
      'multi-level-switching',
      'peer-to-peer',
      'back-invalidate',
      'memory-sharing',
      'port-based-routing',
      'fabric-manager-api (3.1)',
      'global-integrated-memory (3.1)',
      'trusted-security-protocol (3.1)',
    ],
    notes:
      'Runs on the PCIe 6.0 PHY (64 GT/s PAM4) with the same 256 B flit. 12-bit ids give up to 4096 fabric nodes (Rambus "Introduction to CXL Fabrics"). 3.2 content not captured.',
    source: cxlSlides + '; 3.1 additions: design-reuse 2023-11-14',
  },
  {
    id: 'cxl4',
    name: 'CXL 4.0',
    protocol: 'cxl',
    gen: 4,
    rateGTps: 128,
    pciePhyGen: 7,
    features: ['bundled-ports'],
    notes: 'Released 18 Nov 2025 on the PCIe 7.0 PHY; bundled ports up to 1.5 TB/s (claim).',
    source: 'introl.com (CXL 4.0 release, 18 Nov 2025) [2nd]',
  },
];

const nvlink: Standard[] = [
  {
    id: 'nvlink3',
    name: 'NVLink 3 (A100)',
    protocol: 'nvlink',
    gen: 3,
    lanesPerLink: 4,
    laneRateGbps: 50,
    signalling: 'NRZ',
    nyquistGHz: 25,
    lossBudgetDb: 35,
    linkGBpsPerDir: 25,
    notes: 'A100: 12 links per GPU, 300 GB/s per dir (600 bidir). A800 export part: 8 links.',
    source: stas00 + '; petronellatech (NVLink 3: 12 links of 4 lanes)',
    sources: {
      laneRateGbps: '25 GB/s per link per dir over 4 lanes = 6.25 GB/s = 50 Gb/s per lane [derived]',
      lossBudgetDb: budget100g,
    },
    estimates: {
      nyquistGHz: 'NVIDIA publishes no NVLink 3 signalling: 50 Gb/s NRZ assumed (Nyquist = rate / 2)',
      lossBudgetDb:
        'NVIDIA publishes no NVLink channel budget: the ~35 dB long-reach bump-to-bump level AMD states for 25-100 Gb/s SerDes assumed',
    },
  },
  {
    id: 'nvlink4',
    name: 'NVLink 4 (H100/H200)',
    protocol: 'nvlink',
    gen: 4,
    lanesPerLink: 2,
    laneRateGbps: 100,
    signalling: 'PAM4',
    nyquistGHz: 106.25 / 4,
    lossBudgetDb: 35,
    linkGBpsPerDir: 25,
    notes: 'H100/H200: 18 links per GPU, 450 GB/s per dir (900 bidir).',
    source:
      stas00 +
      '; nvidia.com H100 product page (18 links, 900 GB/s bidir per GPU); ai-hpc.github.io H200 page',
    sources: {
      laneRateGbps: '12.5 GB/s per lane per dir (ai-hpc.github.io H200 page) × 8 bits [derived]',
      lossBudgetDb: budget100g,
    },
    estimates: {
      nyquistGHz:
        'NVIDIA publishes no NVLink 4 line rate: the 106.25 Gb/s PAM4 of 100G-class SerDes assumed (Nyquist = rate / 4)',
      lossBudgetDb:
        'NVIDIA publishes no NVLink channel budget: the 100G-per-lane Ethernet bump-to-bump budget (same SerDes class) assumed',
    },
  },
  {
    id: 'nvlink5',
    name: 'NVLink 5 (B200/GB200)',
    protocol: 'nvlink',
    gen: 5,
    lanesPerLink: 2,
    laneRateGbps: 200,
    signalling: 'PAM4',
    nyquistGHz: 212.5 / 4,
    lossBudgetDb: 40,
    linkGBpsPerDir: 50,
    notes:
      'B200/GB200: 18 links per GPU, 900 GB/s per dir (1.8 TB/s bidir). NVIDIA BCM docs call 900 GB/s "per link", which is the per-GPU per-dir figure.',
    source: 'nvidia.com/en-au/data-center/nvlink; ' + stas00,
    sources: {
      laneRateGbps: '25 GB/s per lane per dir (standards-data §5.2) × 8 bits [derived]',
      lossBudgetDb: budget200g,
    },
    estimates: {
      nyquistGHz:
        'NVIDIA publishes no NVLink 5 line rate: the 212.5 Gb/s PAM4 of 200G-class (224G) SerDes assumed (Nyquist = rate / 4)',
      lossBudgetDb:
        'NVIDIA publishes no NVLink channel budget: the 802.3dj-era 200G-per-lane target assumed; ' +
        budget200gEstimate,
    },
  },
];

const ualink: Standard = {
  id: 'ualink1',
  name: 'UALink 200G 1.0',
  protocol: 'ualink',
  gen: 1,
  rateGTps: 212.5,
  signalling: 'PAM4',
  laneRateGbps: 200,
  nyquistGHz: 212.5 / 4,
  encodingEfficiency: 0.93,
  lanesPerLink: 4,
  linkGBpsPerDir: 100,
  portWidths: [1, 2, 4],
  lossBudgetDb: 40,
  features: ['up-to-1024-accelerators', 'software-coherency', '57-bit-physical-address', 'max-request-256B'],
  notes:
    'Released 8 Apr 2025; IEEE 802.3dj-based SerDes. linkGBpsPerDir is the x4 port (800 Gb/s). TL flit 64 B; DL flit 640 B (Teledyne) or 680 B (nand-research): sources disagree. Switch port-to-port latency targets: ≤150 ns (25.6T), <200 ns (51.2T), <250 ns (102.4T) (ualinkconsortium.org webinar Q&A).',
  source:
    'nand-research.com UALink 1.0 note; scribd UALink webinar slides; ualinkconsortium.org spec-overview blog',
  sources: {
    nyquistGHz: nyquistPam4,
    encodingEfficiency: 'nand-research.com UALink 1.0 note ("93 % effective peak bandwidth")',
    lossBudgetDb: budget200g,
  },
  estimates: {
    lossBudgetDb:
      'UALink 1.0 uses IEEE 802.3dj-based SerDes (nand-research): the 802.3dj-era target assumed; ' +
      budget200gEstimate,
  },
};

const socketLinks: Standard[] = [
  {
    id: 'upi2-xeon6',
    name: 'Intel UPI 2.0 (Xeon 6, 24 GT/s)',
    protocol: 'upi',
    gen: 2,
    rateGTps: 24,
    laneRateGbps: 24,
    notes:
      'Xeon 6900P: 6 UPI 2.0 links at 24 GT/s. A CPU part states its rate on its UPI ports (laneRateGbps); links between them use the standard of that rate. NCCL models inter-socket bandwidth with its own constants (see guidance nccl-sys-gbps-*).',
    source: 'wccftech; tomshardware; rillor.com (Xeon 6900P, standards-data §7.2) [2nd]',
  },
  {
    id: 'upi2-spr',
    name: 'Intel UPI 2.0 (4th/5th Gen Xeon Scalable, Sapphire/Emerald Rapids, 16 GT/s)',
    protocol: 'upi',
    gen: 2,
    rateGTps: 16,
    laneRateGbps: 16,
    notes: "Sapphire Rapids (Xeon 8480C of DGX H100) runs UPI 2.0 at up to 16 GT/s, not Xeon 6's 24 GT/s.",
    source:
      'de.wikipedia.org "Intel Xeon (Sapphire Rapids)" infobox (UPI-Takt 4.8 GT/s bis 16 GT/s) [2nd]; UPI 2.0: komputerswiat.pl (Intel platform slide), standards-data §7.2',
  },
  {
    id: 'upi1-skylake',
    name: 'Intel UPI 1.0 (1st/2nd Gen Xeon Scalable, Skylake-SP/Cascade Lake, 10.4 GT/s)',
    protocol: 'upi',
    gen: 1,
    rateGTps: 10.4,
    laneRateGbps: 10.4,
    notes: 'UPI replaced QPI with Skylake-SP: 2 or 3 links per CPU at 10.4 GT/s.',
    source: 'amcomputers.org "Intel Xeon Skylake-SP ufficiali" (tre linee UPI da 10,4 GT/s) [2nd]',
  },
  {
    id: 'xgmi-mi300x',
    name: 'AMD Infinity Fabric (xGMI) GPU link, MI300X/MI325X',
    protocol: 'infinity-fabric',
    gen: null,
    lanesPerLink: 16,
    laneRateGbps: 32,
    signalling: 'NRZ',
    nyquistGHz: 16,
    lossBudgetDb: 36,
    linkGBpsPerDir: 64,
    notes: 'MI300X: 7 links per GPU, one to each peer on the 8-GPU UBB (full mesh); 448 GB/s per dir total.',
    source:
      'wheelersnetwork 2024-01; ' +
      stas00 +
      '; aiwiki (MI300X xGMI: 16 lanes, up to 32 Gb/s per lane, 128 GB/s bidir)',
    estimates: {
      nyquistGHz: 'AMD publishes no xGMI signalling: 32 Gb/s NRZ like PCIe Gen5 assumed (Nyquist = rate / 2)',
      lossBudgetDb:
        'AMD publishes no xGMI channel budget: the PCIe Gen5 budget (36 dB at 16 GHz, same 32 Gb/s class) assumed',
    },
  },
  {
    id: 'nvlink-c2c',
    name: 'NVLink-C2C (Grace to Grace / Grace to Blackwell)',
    protocol: 'c2c',
    gen: null,
    linkGBpsPerDir: 450,
    notes: 'NVIDIA quotes 900 GB/s bidirectional; per dir = 900 / 2.',
    source: 'developer.nvidia.com/blog/nvidia-grace-cpu-superchip-architecture-in-depth (900 GB/s bidir)',
    sources: { linkGBpsPerDir: '900 GB/s bidir ÷ 2 [derived]' },
  },
];

export const otherStandards: Standard[] = [
  ...cxl,
  ...nvlink,
  ualink,
  ...ethernetStandards,
  ...infinibandStandards,
  ...socketLinks,
];
