/** Host CPU sockets: PCIe root ports (with CXL where capable), socket-to-socket links, memory. */
import type { Part, PortTemplate } from '../../schema.js';
import { BIFURCATE_X4 } from './ports.js';

/** `count` x16 root ports named `pcie{i}`. */
const rootPorts = (count: number, altProtocols: PortTemplate['altProtocols'] = []): PortTemplate => ({
  name: 'pcie{i}',
  count,
  protocol: 'pcie',
  ...(altProtocols.length ? { altProtocols } : {}),
  lanes: 16,
  maxGen: 5,
  role: 'downstream',
  bifurcation: BIFURCATE_X4,
});

/** `count` UPI ports at `rateGTps` per lane (the CPU generation's UPI speed; catalog standards upi*). */
const upiPorts = (count: number, rateGTps: number): PortTemplate => ({
  name: 'upi{i}',
  count,
  protocol: 'upi',
  lanes: 20,
  laneRateGbps: rateGTps,
  role: 'peer',
});
const upiLanesEstimate = 'UPI link width (20 lanes) not in the sources; the link count is as noted';

/** NVIDIA/nccl src/graph/topo.h at commit 069a3d4f: inter-socket bandwidth NCCL assumes (GB/s, LINK_SYS). */
const ncclTopo = 'NVIDIA/nccl src/graph/topo.h (commit 069a3d4f), inter-socket bandwidth constants [code]';

/** DDR5 channel peak = MT/s × 8 B: DDR5-4800 38.4 GB/s (tomshardware CZ120 article), DDR5-6400 51.2 GB/s [derived]. */
const ddr5Derivation = 'channels × MT/s × 8 B per transfer [derived]';

/** Intel CPUID family/model numbers: Linux arch/x86/include/asm/intel-family.h (INTEL_SAPPHIRERAPIDS_X IFM(6, 0x8F), INTEL_GRANITERAPIDS_X IFM(6, 0xAD)) [code]. */
const intelFamilyH = 'Linux arch/x86/include/asm/intel-family.h (model numbers of the Xeon families) [code]';
/** AMD CPUID family/model numbers: the title of AMD's Processor Programming Reference for each family. */
const amdPpr = (doc: string): string => `AMD ${doc} (family and model of the title) [datasheet]`;
const cpuId = (vendor: 'GenuineIntel' | 'AuthenticAMD', family: number, model: number) => ({
  vendor,
  family,
  model,
});

export const cpus: Part[] = [
  {
    id: 'intel-xeon-8480c',
    kind: 'cpu',
    vendor: 'Intel',
    name: 'Xeon Platinum 8480C (Sapphire Rapids, DGX H100)',
    ports: [rootPorts(5, ['cxl']), upiPorts(4, 16)],
    powerW: 350,
    latencyNs: null,
    maxGen: 5,
    memoryBandwidthGBps: 307.2, // 8 ch × 4800 MT/s × 8 B
    props: { ncclInterSocketGBps: 22, cores: 56, microarchitecture: 'sapphire-rapids' },
    cpuIds: [cpuId('GenuineIntel', 6, 143)],
    notes: '80 Gen5 lanes (5 × x16), CXL 1.1, UPI 2.0 at 16 GT/s, 8 channels DDR5-4800.',
    source:
      'lanes: tweaktown.com news 78666 (Intel platform slide); CXL 1.1: hothardware 4th-gen Xeon launch; cores: docs.nvidia.com DGX BasePOD core components; DDR5-4800 × 8: gameshedge.com; UPI 16 GT/s: de.wikipedia.org Intel Xeon (Sapphire Rapids) infobox [2nd]',
    sources: {
      powerW:
        'Intel ARK Xeon Platinum 8480+ (350 W TDP; the 8480C is the DGX H100 variant of that SKU, NVIDIA brief: 2 × 8480C) [vendor]',
      cpuIds: intelFamilyH + ' (Sapphire Rapids X 0x8F: every 4th-gen Xeon Scalable, not only the 8480C)',
      memoryBandwidthGBps: ddr5Derivation,
      props: ncclTopo + ' (Sapphire Rapids 22); cores: docs.nvidia.com DGX BasePOD',
    },
    estimates: { ports: upiLanesEstimate + '; 4 UPI links per socket also not sourced' },
  },
  {
    id: 'intel-xeon-6900p',
    kind: 'cpu',
    vendor: 'Intel',
    name: 'Xeon 6900P (Granite Rapids-AP)',
    ports: [rootPorts(6, ['cxl']), upiPorts(6, 24)],
    powerW: 500,
    latencyNs: null,
    maxGen: 5,
    props: { microarchitecture: 'granite-rapids' },
    memoryBandwidthGBps: 614.4, // 12 ch × 6400 MT/s × 8 B
    cpuIds: [cpuId('GenuineIntel', 6, 173)],
    notes:
      'Up to 96 Gen5 / CXL 2.0 lanes per socket; 6 UPI 2.0 at 24 GT/s; 12 channels DDR5-6400 (MRDIMM-8800).',
    source: 'wccftech; tomshardware; rillor.com (standards-data §7.2) [2nd]',
    sources: {
      cpuIds: intelFamilyH + ' (Granite Rapids X 0xAD, shared with the 6700P)',
      memoryBandwidthGBps: ddr5Derivation,
    },
    estimates: { ports: upiLanesEstimate },
  },
  {
    id: 'intel-xeon-6700p',
    kind: 'cpu',
    vendor: 'Intel',
    name: 'Xeon 6700P (Granite Rapids-SP)',
    ports: [
      rootPorts(5, ['cxl']),
      {
        name: 'pcie5',
        protocol: 'pcie',
        altProtocols: ['cxl'],
        lanes: 8,
        maxGen: 5,
        role: 'downstream',
        bifurcation: [[8], [4, 4]],
      },
      upiPorts(4, 24),
    ],
    powerW: 350,
    latencyNs: null,
    maxGen: 5,
    props: { microarchitecture: 'granite-rapids' },
    cpuIds: [cpuId('GenuineIntel', 6, 173)],
    notes: 'Up to 88 Gen5 / CXL 2.0 lanes (5 × x16 + x8); 8 channels DDR5.',
    source: 'wccftech / techwarrant (standards-data §7.2) [2nd]',
    sources: { cpuIds: intelFamilyH + ' (Granite Rapids X 0xAD, shared with the 6900P)' },
    estimates: {
      ports:
        upiLanesEstimate +
        '; UPI link count (4) not sourced for 6700P; its UPI speed (24 GT/s) assumed from the Xeon 6900P (same Granite Rapids UPI 2.0)',
    },
  },
  {
    id: 'amd-epyc-9004',
    kind: 'cpu',
    vendor: 'AMD',
    name: 'EPYC 9004 (Genoa, SP5)',
    ports: [
      { ...rootPorts(4, ['cxl']), name: 'p{i}' },
      { ...rootPorts(4, ['infinity-fabric']), name: 'g{i}' },
    ],
    powerW: 360,
    latencyNs: null,
    maxGen: 5,
    props: { ncclInterSocketGBps: 24, microarchitecture: 'amd-zen4' },
    cpuIds: [cpuId('AuthenticAMD', 25, 17)],
    notes:
      '128 Gen5 lanes in 1P, 64 of them CXL-capable. In 2P, 3 or 4 of the x16 groups become xGMI socket links (160 or 128 PCIe lanes per system).',
    source:
      'nextplatform 2022-12-05; servethehome.com "PCIe Lanes and Bandwidth Increase Over a Decade for Intel Xeon and AMD EPYC" [2nd]',
    sources: {
      cpuIds: amdPpr('pub. 55901, PPR for AMD Family 19h Model 11h (Genoa)'),
      props: ncclTopo + ' (AMD Zen3/4 24)',
    },
    estimates: {
      powerW:
        "family maximum: EPYC 9654, the top 9004 SKU, has a 360 W default TDP (amd.com product page); a platform's own SKU may be lower",
      ports: 'which x16 groups are CXL-capable (p) and which can become xGMI (g) is assumed, not sourced',
    },
  },
  {
    id: 'amd-epyc-9005',
    kind: 'cpu',
    vendor: 'AMD',
    name: 'EPYC 9005 (Turin, SP5)',
    ports: [
      { ...rootPorts(4, ['cxl']), name: 'p{i}' },
      { ...rootPorts(4, ['infinity-fabric']), name: 'g{i}' },
    ],
    powerW: 500,
    latencyNs: null,
    maxGen: 5,
    props: { ncclInterSocketGBps: 32, microarchitecture: 'amd-zen5' },
    cpuIds: [cpuId('AuthenticAMD', 26, 2)],
    notes: 'Same I/O die layout as Genoa: 128 Gen5 lanes, DDR5-6000, up to 500 W.',
    source:
      'vengineer.hatenablog.com 2024-11-06 (AMD 5th-gen EPYC architecture paper); tweaktown (Turin) [2nd]',
    sources: {
      cpuIds: amdPpr('pub. 57238, PPR for AMD Family 1Ah Model 02h (Turin)'),
      props: ncclTopo + ' (AMD Zen5 32)',
    },
    estimates: {
      ports: 'which x16 groups are CXL-capable (p) and which can become xGMI (g) is assumed, not sourced',
    },
  },
  {
    id: 'nvidia-grace',
    kind: 'cpu',
    vendor: 'NVIDIA',
    name: 'Grace CPU (one die of a Grace superchip or GB200)',
    ports: [
      {
        name: 'pcie{i}',
        count: 4,
        protocol: 'pcie',
        lanes: 16,
        maxGen: 5,
        role: 'downstream',
        bifurcation: [[16], [8, 8]],
      },
      { name: 'c2c', protocol: 'c2c', lanes: 1, role: 'peer' },
    ],
    powerW: 250,
    latencyNs: null,
    maxGen: 5,
    memoryGB: 480,
    props: { microarchitecture: 'arm', cpuArch: 'arm64' },
    notes:
      'Grace CPU Superchip (2 Grace) is 500 W with up to 960 GB LPDDR5X and up to 1 TB/s; NVLink-C2C 900 GB/s bidir. Grace cannot bifurcate to x4.',
    source:
      'developer.nvidia.com/blog/nvidia-grace-cpu-superchip-architecture-in-depth (4 × Gen5 x16 per Grace)',
    sources: {
      memoryGB: 'fibermall (480 GB LPDDR5X per Grace in GB200 NVL72) [2nd]',
      props:
        'cpuArch "arm64": the spelling NVIDIA/nccl src/graph/xml.cc ncclTopoGetXmlFromCpu writes for aarch64 [code]',
    },
    estimates: {
      powerW:
        'derived: NVIDIA gives 500 W for the Grace CPU Superchip (2 Grace, LPDDR5X included; developer.nvidia.com Grace CPU superchip architecture blog) → 250 W per Grace with its memory',
      ports:
        'x8 bifurcation assumed (source says only "no x4", STH Hot Chips 2025 via cloudnews.tech); C2C lane count not public (one logical lane)',
    },
  },
  {
    id: 'amd-epyc-7742',
    kind: 'cpu',
    vendor: 'AMD',
    name: 'EPYC 7742 (Rome, SP3, DGX A100)',
    ports: [
      {
        name: 'p{i}',
        count: 4,
        protocol: 'pcie',
        lanes: 16,
        maxGen: 4,
        role: 'downstream',
        bifurcation: BIFURCATE_X4,
      },
      {
        name: 'g{i}',
        count: 4,
        protocol: 'pcie',
        altProtocols: ['infinity-fabric'],
        lanes: 16,
        maxGen: 4,
        role: 'downstream',
        bifurcation: BIFURCATE_X4,
      },
    ],
    powerW: 225,
    latencyNs: null,
    maxGen: 4,
    props: { cores: 64, microarchitecture: 'amd-zen2' },
    cpuIds: [cpuId('AuthenticAMD', 23, 49)],
    notes: 'Rome (Zen 2), PCIe 4.0; in 2P, x16 groups become xGMI socket links as on Genoa. 2 per DGX A100.',
    source:
      'hardwaretimes.com DGX A100 launch article (2 × EPYC 7742 in DGX A100, 128 cores in all, Zen 2 with PCIe 4) [2nd]',
    sources: {
      powerW: 'amd.com EPYC 7742 product page (default TDP 225 W) [vendor]',
      cpuIds: amdPpr(
        'pub. 55803, PPR for AMD Family 17h Model 31h (Rome: every EPYC 7002, not only the 7742)',
      ),
    },
    estimates: {
      ports:
        'lane count not in the sources read: the 9004 layout (8 × x16, 4 of which can become xGMI) assumed for SP3 at Gen4',
    },
  },
];
