/** Parts the reference designs (examples/*.yaml) need that the family files lack: A100-era host, Gen6 XPU. */
import type { Part } from '../../schema.js';
import { BIFURCATE_X4, netPorts, pcieUp } from './ports.js';

/** NVSwitch gen2 ports: one per NVLink 3 link of 4 lanes (catalog standard nvlink3: 12 links × 4 lanes per A100). */
const NVSWITCH_GEN2_PORTS = 16; // 8 GPUs × 2 links on an HGX A100 board (estimate, see `estimates`)

export const referenceExtraParts: Part[] = [
  {
    id: 'nvidia-nvswitch-gen2',
    kind: 'nvlink-switch',
    vendor: 'NVIDIA',
    name: 'NVSwitch gen2 (HGX A100, NVLink 3)',
    ports: [
      { name: 'nvl{i}', count: NVSWITCH_GEN2_PORTS, protocol: 'nvlink', lanes: 4, maxGen: 3, role: 'peer' },
    ],
    powerW: null,
    latencyNs: null,
    maxGen: 3,
    notes:
      '6 per HGX A100 8-GPU board; each A100 spreads its 12 NVLink 3 links 2 per switch. pci.ids lists it as 10de:1af1 (standards-data §5.3); add it here once test/fixtures/catalog/pci.ids.excerpt carries that line.',
    source: 'stas00/ml-engineering README; amcompute.com NVLink article (standards-data §5.3) [2nd]',
    estimates: {
      ports:
        'total port count not sourced: 16 ports (8 GPUs × 2 links, derived from 6 switches and 12 links per GPU) are the ones an 8-GPU board uses',
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
    powerW: null,
    latencyNs: null,
    maxGen: 4,
    props: { cores: 64, microarchitecture: 'amd-zen2' },
    notes: 'Rome (Zen 2), PCIe 4.0; in 2P, x16 groups become xGMI socket links as on Genoa. 2 per DGX A100.',
    source:
      'hardwaretimes.com DGX A100 launch article (2 × EPYC 7742 in DGX A100, 128 cores in all, Zen 2 with PCIe 4) [2nd]',
    estimates: {
      ports:
        'lane count not in the sources read: the 9004 layout (8 × x16, 4 of which can become xGMI) assumed for SP3 at Gen4',
    },
  },
  {
    id: 'nvidia-connectx6',
    kind: 'nic',
    vendor: 'NVIDIA',
    name: 'ConnectX-6 HDR 200G (single port)',
    ports: [pcieUp(16, 4), netPorts(1, 4, 50, 'infiniband', { altProtocols: ['ethernet'] })],
    powerW: null,
    latencyNs: null,
    notes: '200 Gb/s HDR InfiniBand (4 × 50G lanes) or 200GbE; 8 compute NICs per DGX A100.',
    source:
      'besthub.dev (DGX A100: 8 compute + 2 storage NICs); stas00/ml-engineering README (HDR 50G lanes, 4× ports 200G) (standards-data §5.6, §7.4) [2nd]',
    estimates: {
      ports: 'host interface Gen4 x16 assumed (A100-era hosts are Gen4; lane count not sourced here)',
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
