/** Scale-up (NVLink, UALink) and scale-out (Ethernet, InfiniBand) switch ASICs. */
import type { Part } from '../../schema.js';
import { PCI_IDS_SOURCE, netPorts, pciId } from './ports.js';

/**
 * NVLink switch ports: one port per NVLink link (2 lanes), so a GPU's link (width 2) lands on one switch port.
 * Vendors count OSFP cages of several links instead; designs that need that grouping declare their own ports.
 */
const nvlinkSwitchPorts = (count: number, maxGen: number) => [
  { name: 'nvl{i}', count, protocol: 'nvlink' as const, lanes: 2, maxGen, role: 'peer' as const },
];

/** NVSwitch gen2 ports: one per NVLink 3 link of 4 lanes (catalog standard nvlink3: 12 links × 4 lanes per A100). */
const NVSWITCH_GEN2_PORTS = 16; // 8 GPUs × 2 links on an HGX A100 board (estimate, see `estimates`)

const scaleUp: Part[] = [
  {
    id: 'nvidia-nvswitch-gen2',
    kind: 'nvlink-switch',
    vendor: 'NVIDIA',
    name: 'NVSwitch gen2 (HGX A100, NVLink 3)',
    ports: [
      { name: 'nvl{i}', count: NVSWITCH_GEN2_PORTS, protocol: 'nvlink', lanes: 4, maxGen: 3, role: 'peer' },
    ],
    powerW: 63,
    latencyNs: null,
    maxGen: 3,
    notes:
      '6 per HGX A100 8-GPU board; each A100 spreads its 12 NVLink 3 links 2 per switch. pci.ids lists it as 10de:1af1 (standards-data §5.3); add it here once test/fixtures/catalog/pci.ids.excerpt carries that line.',
    source: 'stas00/ml-engineering README; amcompute.com NVLink article (standards-data §5.3) [2nd]',
    estimates: {
      powerW:
        "not public: 36 NVLink3 ports × 25 GB/s per dir = 7.2 Tb/s at Tomahawk 5's 8.8 pJ/bit (chipcraft) [derived]",
      ports:
        'total port count not sourced: 16 ports (8 GPUs × 2 links, derived from 6 switches and 12 links per GPU) are the ones an 8-GPU board uses',
    },
  },
  {
    id: 'nvidia-nvswitch-gen3',
    kind: 'nvlink-switch',
    vendor: 'NVIDIA',
    name: 'NVSwitch gen3 (HGX H100, 64 NVLink4 ports)',
    ports: nvlinkSwitchPorts(64, 4),
    powerW: 113,
    estimates: {
      powerW: "not public: capacity 12.8 Tb/s per dir at Tomahawk 5's 8.8 pJ/bit (chipcraft) [derived]",
    },
    latencyNs: null,
    maxGen: 4,
    capacityTbps: 12.8,
    inNetworkReduction: true,
    pciIds: [pciId('10de', '22a3')],
    notes: '4 per HGX H100 8-GPU board. Port-to-port latency unsourced.',
    source:
      'revitdc.org copy of NVIDIA NVLink page; developer.nvidia.com third-gen NVSwitch blog (64 NVLink4 ports, SHARP)',
    sources: {
      pciIds: PCI_IDS_SOURCE,
      capacityTbps: '64 ports × 25 GB/s per dir × 8 bits = 12.8 Tb/s [derived]',
    },
  },
  {
    id: 'nvidia-nvlink5-switch',
    kind: 'nvlink-switch',
    vendor: 'NVIDIA',
    name: 'NVLink 5 switch ASIC (GB200 NVL72, 72 ports)',
    ports: nvlinkSwitchPorts(72, 5),
    powerW: 253,
    estimates: {
      powerW: "not public: capacity 28.8 Tb/s per dir at Tomahawk 5's 8.8 pJ/bit (chipcraft) [derived]",
    },
    latencyNs: null,
    maxGen: 5,
    capacityTbps: 28.8,
    inNetworkReduction: true,
    notes:
      'A switch tray holds 2 ASICs (144 ports, 14.4 TB/s); NVL72 has 9 trays = 18 ASICs, each GPU sends one link to each ASIC [derived]. No PCI id listed.',
    source:
      'nvidia.com/en-au/data-center/nvlink (144 NVLink ports, 14.4 TB/s, SHARP per tray); setloop.io (9 trays × 2 ASICs)',
    sources: {
      ports: '144 ports per tray ÷ 2 ASICs [derived]',
      capacityTbps: '72 ports × 50 GB/s per dir × 8 bits [derived]',
    },
  },
  {
    id: 'generic-ualink1-switch',
    kind: 'ualink-switch',
    vendor: 'generic',
    name: 'Generic UALink 1.0 switch, 51.2T class (128 × 400G x2 ports)',
    ports: [netPorts(128, 2, 200, 'ualink')],
    powerW: null,
    latencyNs: 200,
    capacityTbps: 51.2,
    notes: 'Consortium latency targets: ≤150 ns (25.6T), <200 ns (51.2T), <250 ns (102.4T), for 400G ports.',
    source:
      'ualinkconsortium.org webinar Q&A blog (port-to-port latency target <200 ns for a 51.2T switch) [spec body]',
    estimates: {
      ports: 'generic part: 128 × 400G (x2 of 200G) chosen to fill 51.2T; no product',
      capacityTbps: 'generic 51.2T class chosen',
    },
  },
];

const ethernet: Part[] = [
  {
    id: 'broadcom-tomahawk5',
    kind: 'ethernet-switch',
    vendor: 'Broadcom',
    name: 'Tomahawk 5 BCM78900 (51.2T)',
    ports: [netPorts(64, 8, 100, 'ethernet')],
    powerW: 450,
    latencyNs: null,
    capacityTbps: 51.2,
    props: { serdesIlCompensationDb: 45 },
    notes: '512 × 100G PAM4 SerDes: 64 × 800G, 128 × 400G or 256 × 200G. 5 nm. ~500 W estimated by Linley.',
    source:
      'techinsights (Linley); chipcraft.tech TH5 page (~450 W typ, 8.8 pJ/bit, 45 dB IL compensation); yobitel [2nd]',
  },
  {
    id: 'broadcom-tomahawk-ultra',
    kind: 'ethernet-switch',
    vendor: 'Broadcom',
    name: 'Tomahawk Ultra (51.2T, low-latency scale-up Ethernet)',
    ports: [netPorts(64, 8, 100, 'ethernet')],
    powerW: null,
    latencyNs: 250,
    capacityTbps: 51.2,
    inNetworkReduction: true,
    // Which fabric it serves: read by path analysis (its Ethernet links are scale-up) and the BOM.
    props: { domain: 'scale-up' },
    notes:
      '250 ns port to port at full load; link-level retry, credit flow control, 10 B header; pin-compatible with TH5.',
    source: 'techzine; STH Hot Chips 2025; fs.com [2nd]',
    sources: {
      props:
        'Broadcom positions Tomahawk Ultra for scale-up Ethernet (techzine; STH Hot Chips 2025); the Scale-Up Ethernet framework (wheelersnetwork) targets such switches',
    },
  },
  {
    id: 'broadcom-tomahawk6',
    kind: 'ethernet-switch',
    vendor: 'Broadcom',
    name: 'Tomahawk 6 BCM78910 (102.4T)',
    ports: [netPorts(64, 8, 200, 'ethernet')],
    powerW: null,
    latencyNs: null,
    capacityTbps: 102.4,
    notes: '512 × 200G or 1024 × 100G PAM4; 64 × 1.6TbE. 3 nm core die + chiplets.',
    source: 'gazettabyte 2025-06-03; STH [2nd]',
  },
];

const infiniband: Part[] = [
  {
    id: 'nvidia-quantum2-qm9700',
    kind: 'infiniband-switch',
    vendor: 'NVIDIA',
    name: 'Quantum-2 QM9700 (64 × 400G NDR)',
    ports: [netPorts(64, 4, 100, 'infiniband')],
    powerW: 747,
    estimates: {
      powerW:
        "whole 1U system, typical with passive cables, as recalled from NVIDIA's QM9700 data sheet (not re-read here); active cables and optics add port power",
    },
    latencyNs: 150,
    capacityTbps: 25.6,
    notes: 'Vendor quotes 51.2 Tb/s bidirectional; capacityTbps is per direction.',
    source:
      'router-switch.com QM9700 page (64 × 400G NDR, 51.2 Tb/s bidir, <150 ns); low confidence (reseller)',
    sources: { capacityTbps: '51.2 Tb/s bidir ÷ 2 [derived]' },
  },
  {
    id: 'nvidia-quantum-x800-q3400',
    kind: 'infiniband-switch',
    vendor: 'NVIDIA',
    name: 'Quantum-X800 Q3400-RA (144 × 800G XDR)',
    // XDR: 4 lanes × 200G SerDes per 800G port.
    ports: [netPorts(144, 4, 200, 'infiniband')],
    powerW: null,
    latencyNs: null,
    capacityTbps: 115.2,
    inNetworkReduction: true,
    notes:
      'Quantum-X800 platform announced at GTC 2024 (with ConnectX-8); Q3400-RA: 4U, liquid cooled, twin-port OSFP cages, SHARP v4. One part is one 144-port switch system; how many ASICs it holds is not public here. Power and port-to-port latency unsourced.',
    source:
      'nvidia.com/en-us/networking/products/infiniband/quantum-x800 (144 ports of 800 Gb/s, 200 Gb/s-per-lane SerDes, SHARP v4) as quoted by quantum-computing.news and the ziash NCA study guide [2nd]; docs.nvidia.com/networking/display/XDRSwitchesHWUM (Q3200-RA/Q3400-RA XDR 800Gb/s switch systems user manual); standards-data §5.6 (XDR = 200 Gb/s per lane, 4× port = 800 Gb/s)',
    sources: {
      capacityTbps:
        '144 ports × 800 Gb/s = 115.2 Tb/s per direction [derived]; particle.news quotes 115 Tb/s',
      ports:
        'XDR lane rate 200 Gb/s (standards-data, stas00 README); 800 Gb/s ÷ 200 Gb/s = 4 lanes per port [derived]',
    },
  },
];

export const fabricSwitches: Part[] = [...scaleUp, ...ethernet, ...infiniband];
