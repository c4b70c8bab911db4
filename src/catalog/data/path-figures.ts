/**
 * Figures the path model (src/perf) needs: PCIe protocol overheads, NCCL's effective constants,
 * hop latencies, socket-interconnect and memory figures (part of the built-in catalog).
 */
import type { CatalogFile, Guidance } from '../schema.js';

const intelAn = 'Intel AN 855 / AN 708 / AN 690 (intel.com docs/programmable 683504, 683390, 683824)';
const ncclTopo =
  'NVIDIA/nccl src/graph/topo.h and topo.cc at commit 069a3d4f (standards-data §8.4; anchors.md §1.4, §3)';
const ncclPciRule =
  'NVIDIA/nccl src/graph/topo.cc: PCI bw = link_width × rate/80 GB/s with rate table 2.5→15, 5→30, 8→60, 16→120, 32→240, 64→480 (anchors.md §1.4, §3)';

/** NCCL's per-lane PCIe figure for one generation: rate-table entry / 80 (GB/s per lane). */
const ncclPci = (gen: number, rateTable: number): Guidance => ({
  id: `nccl-pci-gbps-per-lane-gen${gen}`,
  name: `NCCL effective PCIe Gen${gen} bandwidth per lane`,
  value: rateTable / 80,
  unit: 'GB/s per lane per direction',
  source: ncclPciRule,
});

/** NCCL's per-link NVLink constant, keyed by NVLink generation (NCCL keys it by GPU SM architecture). */
const ncclNvlink = (gen: number, value: number, constant: string): Guidance => ({
  id: `nccl-nvlink-gbps-per-link-gen${gen}`,
  name: `NCCL effective NVLink ${gen} bandwidth per link (${constant})`,
  value,
  unit: 'GB/s per link per direction',
  source: ncclTopo,
  notes: 'NCCL keys the constant by SM architecture; NVLink gen 1..5 = SM60, SM70, SM80, SM90, SM100.',
});

const rcclTopo =
  'ROCm/rccl src/graph/topo.h @0cbce2a7 (2024-10-24): ncclTopoXGMISpeed(gcn), VEGA_XGMI_WIDTH 24.0, MI200_XGMI_WIDTH 36.0, GFX94X_XGMI_WIDTH 48.0';

/** RCCL's per-link xGMI constant for one GPU architecture (part prop `gcnArch`; RCCL matches gfx90a, gfx94*). */
const rcclXgmi = (arch: string, value: number, constant: string, estimate?: string): Guidance => ({
  id: `rccl-infinity-fabric-gbps-per-link-${arch}`,
  name: `RCCL effective xGMI bandwidth per link, ${arch} (${constant})`,
  value,
  unit: 'GB/s per link per direction',
  source: rcclTopo,
  notes:
    'RCCL builds its ring and tree search on this figure, not on the 64 GB/s line rate of an x16 xGMI link.',
  ...(estimate ? { estimates: { value: estimate } } : {}),
});

/** NCCL's inter-socket (LINK_SYS) bandwidth for one CPU microarchitecture (CPU part prop `microarchitecture`). */
const ncclSys = (arch: string, value: number): Guidance => ({
  id: `nccl-sys-gbps-${arch}`,
  name: `NCCL effective inter-socket bandwidth, ${arch}`,
  value,
  unit: 'GB/s per direction',
  source: ncclTopo,
});

const guidance: Guidance[] = [
  {
    id: 'pcie-tlp-overhead-bytes',
    name: 'PCIe per-TLP overhead, non-FLIT (framing, sequence number, 3 DW header, LCRC)',
    value: 20,
    unit: 'B per TLP',
    source: intelAn + ' (5–7 DW = 20–28 B; 256/(256+20) ≈ 92 % at 256 B MPS)',
  },
  {
    id: 'pcie-dllp-bytes-per-tlp',
    name: 'PCIe DLLP bytes charged per TLP (ACK/NAK, flow-control update)',
    value: 8,
    unit: 'B per TLP',
    source: intelAn + ' (DLLP = 2 DW = 8 B)',
    estimates: {
      value: 'assumes one ACK or FC-update DLLP per TLP; real links coalesce them, so this is pessimistic',
    },
  },
  {
    id: 'pcie-flit-tlp-header-bytes',
    name: 'PCIe FLIT-mode TLP header (4 DW; framing, sequence and LCRC move into the flit)',
    value: 16,
    unit: 'B per TLP',
    source: intelAn + ' (3–4 DW TLP header); FLIT layout glennklockwood.com/garden/PCIe-Gen6',
    estimates: {
      value: 'FLIT-mode header size taken as the 4 DW (64-bit address) header; spec text not read',
    },
  },
  {
    id: 'pcie-default-mps-bytes',
    name: 'PCIe max payload size assumed when no part states one',
    value: 256,
    unit: 'B',
    source: intelAn + '; Microchip PolarFire PCIESS doc (256 B is the common MPS)',
  },
  ncclPci(1, 15),
  ncclPci(2, 30),
  ncclPci(3, 60),
  ncclPci(4, 120),
  ncclPci(5, 240),
  ncclPci(6, 480),
  ncclNvlink(1, 18, 'SM60_NVLINK_BW'),
  ncclNvlink(2, 20, 'SM70_NVLINK_BW'),
  ncclNvlink(3, 20, 'SM80_NVLINK_BW'),
  ncclNvlink(4, 20.6, 'SM90_NVLINK_BW'),
  ncclNvlink(5, 40.1, 'SM100_NVLINK_BW'),
  rcclXgmi('gfx90a', 36, 'MI200_XGMI_WIDTH'),
  rcclXgmi('gfx942', 48, 'GFX94X_XGMI_WIDTH'),
  rcclXgmi(
    'gfx950',
    48,
    'GFX95X_XGMI_WIDTH',
    'RCCL @0cbce2a7 predates gfx950 (its ncclTopoXGMISpeed returns VEGA_XGMI_WIDTH 24 for it); later RCCL adds GFX95X_XGMI_WIDTH 48.0 (read second-hand from a copy of rocm-systems projects/rccl topo.h, not from a fetched RCCL commit)',
  ),
  {
    id: 'nccl-intel-p2p-overhead',
    name: 'NCCL INTEL_P2P_OVERHEAD: bandwidth charge for GPU P2P through an Intel root complex (64 B TLPs)',
    value: 1.2,
    unit: 'ratio',
    source: ncclTopo,
  },
  ncclSys('broadwell', 6),
  ncclSys('skylake', 10),
  ncclSys('sapphire-rapids', 22),
  ncclSys('emerald-rapids', 40),
  ncclSys('amd-zen2', 16),
  ncclSys('amd-zen4', 24),
  ncclSys('amd-zen5', 32),
  ncclSys('arm', 6),
  ncclSys('power9', 32),
  {
    id: 'pcie-switch-latency-ns',
    name: 'PCIe switch cut-through latency used when the part states none',
    value: 115,
    unit: 'ns',
    source:
      'highpoint-tech.com/post/the-latency-war (Broadcom PEX89048 Gen5, 115 ns); PEX88000 105 ns (Linley 6069)',
  },
  {
    id: 'pcie-root-complex-latency-ns',
    name: 'Latency of a peer-to-peer hop through a CPU root complex',
    value: 115,
    unit: 'ns',
    source: 'standards-data §5.1 (PCIe switch 105–115 ns)',
    estimates: { value: 'no public root-complex forwarding figure; taken equal to a Gen5 PCIe switch hop' },
  },
  {
    id: 'retimer-latency-ns',
    name: 'PCIe retimer latency used when the part states none',
    value: 10,
    unit: 'ns',
    source:
      'anandtech.com/show/16241 (Microchip Gen5 <10 ns); asteralabs.com non-transparent-bridge page (Aries <10 ns)',
  },
  {
    id: 'socket-interconnect-latency-ns',
    name: 'Latency added by one hop across the socket interconnect (UPI / Infinity Fabric)',
    value: 60,
    unit: 'ns',
    source: 'servnetuk (remote-socket NUMA penalty +40–80 ns), standards-data §4.2',
    estimates: { value: 'midpoint of a low-confidence 40–80 ns range' },
  },
  {
    id: 'scale-up-switch-latency-ns',
    name: 'NVLink / UALink switch port-to-port latency used when the part states none',
    value: 115,
    unit: 'ns',
    source: 'standards-data §9 (NVSwitch latency unsourced)',
    estimates: { value: 'no public NVSwitch figure; taken equal to a PCIe switch hop' },
  },
  {
    id: 'network-switch-latency-ns',
    name: 'Ethernet / InfiniBand switch port-to-port latency used when the part states none',
    value: 250,
    unit: 'ns',
    source: 'standards-data §9 (Broadcom Tomahawk Ultra 250 ns, the only sourced figure)',
    estimates: { value: 'one ASIC figure applied to every network switch without its own latency' },
  },
  {
    id: 'cable-propagation-ns-per-m',
    name: 'Signal propagation delay in copper twinax or fibre',
    value: 5,
    unit: 'ns/m',
    source: 'derived: 1 / (0.67 c) = 4.98 ns/m for a velocity factor of about 0.67',
    estimates: { value: 'standards-data §9 lists twinax propagation as unsourced; velocity factor assumed' },
  },
  {
    id: 'ethernet-frame-overhead-bytes',
    name: 'Ethernet per-frame overhead on the wire (preamble+SFD 8, header 14, FCS 4, inter-packet gap 12)',
    value: 38,
    unit: 'B per frame',
    source: 'IEEE 802.3 clause 3 (frame format) and clause 4 (inter-packet gap)',
  },
  {
    id: 'roce-header-bytes',
    name: 'RoCEv2 headers per packet (IPv4 20, UDP 8, BTH 12, ICRC 4)',
    value: 44,
    unit: 'B per packet',
    source: 'IBTA InfiniBand Architecture Specification Annex A17 (RoCEv2); RFC 791, RFC 768',
  },
  {
    id: 'infiniband-header-bytes',
    name: 'InfiniBand headers per packet (LRH 8, BTH 12, ICRC 4, VCRC 2)',
    value: 26,
    unit: 'B per packet',
    source: 'IBTA InfiniBand Architecture Specification vol. 1 ch. 5 (packet format)',
  },
  {
    id: 'rdma-mtu-bytes',
    name: 'RDMA payload MTU assumed for Ethernet and InfiniBand links',
    value: 4096,
    unit: 'B',
    source: 'IBTA InfiniBand Architecture Specification vol. 1 (largest IB MTU 4096 B, the usual RoCE MTU)',
  },
  {
    id: 'dram-local-latency-ns',
    name: 'Local DDR load-to-use latency',
    value: 100,
    unit: 'ns',
    source: 'nextplatform.com/2022/12/05/just-how-bad-is-cxl-memory-latency/ (<100 ns)',
  },
  {
    id: 'cxl-expander-latency-ns',
    name: 'Load-to-use latency of CXL Type-3 expander memory',
    value: 250,
    unit: 'ns',
    source:
      'UCSD "Hitchhiker\'s guide to coherent fabrics" (typical 200–300 ns); arXiv 2409.14317 (140–410 ns)',
  },
  {
    id: 'cxl-switch-added-latency-ns',
    name: 'Latency a CXL switch adds to pooled memory',
    value: 80,
    unit: 'ns',
    source: 'Pond, ASPLOS 2023 (pool access +70–90 ns over NUMA-local)',
  },
  {
    id: 'cxl-read-bandwidth-efficiency',
    name: 'All-read bandwidth of an ASIC CXL expander as a share of its DRAM peak',
    value: 0.46,
    unit: 'ratio',
    source: 'Sun et al., "Demystifying CXL Memory", MICRO 2023, §4.2 (CXL-A 46 %)',
  },
  {
    id: 'ddr5-4800-channel-gbps',
    name: 'DDR5-4800 channel peak bandwidth',
    value: 38.4,
    unit: 'GB/s',
    source: 'tomshardware Micron CZ120 article (DDR5-4800 RDIMM channel = 38.4 GB/s); 4800 MT/s × 8 B',
  },
];

export const pathFiguresCatalog: CatalogFile = { catalogVersion: 1, guidance };
