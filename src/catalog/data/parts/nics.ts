/** NICs, SuperNICs and DPUs: PCIe host interface plus network ports (`p{i}`). */
import type { Part } from '../../schema.js';
import { PCI_IDS_SOURCE, netPorts, pciId, pcieUp } from './ports.js';

/** RDMA device names the Linux drivers register (NCCL `<net name>`): mlx5 "mlx5_%d", bnxt_re "bnxt_re%d". */
const MLX5 = 'Linux drivers/infiniband/hw/mlx5/main.c (ib_register_device name "mlx5_%d") [code]';
const BNXT = 'Linux drivers/infiniband/hw/bnxt_re/main.c (ib_register_device name "bnxt_re%d") [code]';
const pciSrc = { pciIds: PCI_IDS_SOURCE };
const mlx5Src = { ...pciSrc, props: MLX5 };
const vpi = { altProtocols: ['infiniband' as const] };

export const nics: Part[] = [
  {
    id: 'nvidia-connectx6',
    kind: 'nic',
    vendor: 'NVIDIA',
    name: 'ConnectX-6 HDR 200G (single port)',
    ports: [pcieUp(16, 4), netPorts(1, 4, 50, 'infiniband', { altProtocols: ['ethernet'] })],
    powerW: 20,
    latencyNs: null,
    props: { rdmaDevicePrefix: 'mlx5_' },
    notes: '200 Gb/s HDR InfiniBand (4 × 50G lanes) or 200GbE; 8 compute NICs per DGX A100.',
    source:
      'besthub.dev (DGX A100: 8 compute + 2 storage NICs); stas00/ml-engineering README (HDR 50G lanes, 4× ports 200G) (standards-data §5.6, §7.4) [2nd]',
    sources: { props: MLX5 },
    estimates: {
      powerW:
        "not retrieved: NVIDIA lists per-card power in each adapter manual's Specifications chapter; 20 W is the order of a 200G HDR card with passive cables (optics add module power)",
      ports: 'host interface Gen4 x16 assumed (A100-era hosts are Gen4; lane count not sourced here)',
    },
  },
  {
    id: 'nvidia-connectx7',
    kind: 'nic',
    vendor: 'NVIDIA',
    name: 'ConnectX-7 400G (single port, OSFP)',
    ports: [pcieUp(16, 5), netPorts(1, 4, 100, 'ethernet', vpi)],
    powerW: 25,
    estimates: {
      powerW:
        "not retrieved: NVIDIA lists per-card power in the ConnectX-7 manual's Specifications chapter; 25 W is the order of a 400G single-port card with passive cables (optics add module power)",
    },
    latencyNs: null,
    props: { rdmaDevicePrefix: 'mlx5_' },
    pciIds: [pciId('15b3', '1021')],
    notes:
      '400 Gb/s NDR InfiniBand or 400GbE, or 2 × 200G on dual-port cards. Socket Direct cards: 2 × PCIe x16.',
    source:
      'docs.nvidia.com/networking/display/connectx7vpiocp3/supported+interfaces and …/introduction; docs.nvidia.com/networking/display/ConnectX7VPI',
    sources: mlx5Src,
  },
  {
    id: 'nvidia-connectx8',
    kind: 'nic',
    vendor: 'NVIDIA',
    name: 'ConnectX-8 SuperNIC (800G, integrated Gen6 PCIe switch)',
    ports: [pcieUp(16, 6), netPorts(2, 4, 100, 'ethernet', vpi)],
    powerW: 50,
    estimates: {
      powerW: 'not public: 800G SuperNIC with a built-in 48-lane Gen6 switch; 2 × the ConnectX-7 estimate',
    },
    latencyNs: null,
    props: { rdmaDevicePrefix: 'mlx5_', pcieSwitchLanes: 48 },
    pciIds: [pciId('15b3', '1023'), pciId('15b3', '1024'), pciId('15b3', '197d')],
    notes:
      '800 Gb/s XDR InfiniBand (one 4 × 200G port) or 2 × 400GbE; the default template shows the Ethernet layout. 48 Gen6 lanes behind a built-in PCIe switch (15b3:1024 / 197d). Socket Direct 2 × Gen5 x16 reaches 800G on Gen5 hosts.',
    source:
      'docs.nvidia.com CX8 firmware release notes v40.44; developer.nvidia.com CX8 PCIe Gen6 blog; wccftech 2025-08-26 (standards-data §7.3)',
    sources: mlx5Src,
  },
  {
    id: 'nvidia-bluefield3',
    kind: 'nic',
    vendor: 'NVIDIA',
    name: 'BlueField-3 DPU (400G)',
    ports: [pcieUp(16, 5), netPorts(1, 4, 100, 'ethernet', vpi)],
    powerW: 150,
    latencyNs: null,
    props: { rdmaDevicePrefix: 'mlx5_', armCores: 16 },
    pciIds: [pciId('15b3', 'a2dc')],
    notes: '400 Gb/s; accepts QSFP112; 16 Arm A78 cores.',
    source:
      'BlueField-3 manual §11.2 (Gen5 host channel); docs.nvidia.com MMS4X00-NS400 (BlueField-3 only accepts QSFP112)',
    sources: mlx5Src,
    estimates: {
      powerW:
        'board maximum commonly given for the P-series B3220 (needs its auxiliary power cable); not re-read in a vendor document here',
      ports: 'host width x16 assumed: the source describes a Gen5 channel without the lane count',
    },
  },
  {
    id: 'broadcom-thor2',
    kind: 'nic',
    vendor: 'Broadcom',
    name: 'Thor2 BCM57608 (400G)',
    ports: [pcieUp(16, 5), netPorts(1, 4, 100, 'ethernet')],
    powerW: null,
    latencyNs: null,
    props: { rdmaDevicePrefix: 'bnxt_re' },
    pciIds: [pciId('14e4', '1760')],
    notes: 'Cards: 1 × 400G, 2 × 200G or 4 × 100G.',
    source: 'pciutils/pciids pci.ids 14e4:1760 (BCM57608, up to 400G); Linux bnxt_en commit 2012a6a',
    sources: { ...pciSrc, props: BNXT },
    estimates: {
      ports: 'host interface Gen5 x16 assumed: Thor2 host lane count is unsourced (standards-data §9)',
    },
  },
  {
    id: 'broadcom-thor-ultra',
    kind: 'nic',
    vendor: 'Broadcom',
    name: 'Thor Ultra BCM57708 (800G)',
    ports: [pcieUp(16, 6), netPorts(1, 8, 100, 'ethernet')],
    powerW: null,
    latencyNs: null,
    props: { rdmaDevicePrefix: 'bnxt_re' },
    pciIds: [pciId('14e4', '1780')],
    notes: '800 Gb/s as 8 × 100G or 4 × 200G; packet spraying, out-of-order placement, SACK. OCP 3.0.',
    source: 'Network World via onmine.io; asiaict.com 2025-10-17 (BCM57708, Gen6 x16) [2nd]',
    sources: { ...pciSrc, props: BNXT },
  },
  {
    id: 'amd-pollara-400',
    kind: 'nic',
    vendor: 'AMD',
    name: 'Pensando Pollara 400 (UEC-ready)',
    ports: [pcieUp(16, 5), netPorts(1, 4, 100, 'ethernet')],
    powerW: 25,
    latencyNs: null,
    pciIds: [pciId('1dd8', '0008', '1dd8', '5201')],
    notes: '400 Gb/s, P4-programmable, Gen5 x16 direct (no on-board switch).',
    source: 'amd.com; wccftech Hot Chips 2025 (standards-data §7.3)',
    sources: pciSrc,
    estimates: {
      powerW: 'not public: taken equal to the ConnectX-7 estimate (same class: 400G, Gen5 x16)',
      ports: '400G port assumed as 4 lanes × 100G (lane split not sourced)',
    },
  },
];
