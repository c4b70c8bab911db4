/** The result types of pair analysis (pair.ts computes them, staged.ts fills the staged-copy case). */
import type { HostPath } from './host-path.js';
import type { PcieChain } from './pcie-chain.js';

export type P2pReason =
  | 'scale-up'
  | 'pcie'
  | 'gdr'
  | 'gdr-c2c'
  | 'gdr-beyond-pxb'
  | 'across-sockets'
  | 'gpu-not-supported'
  | 'chipset'
  | 'acs-redirect'
  | 'vm-passthrough'
  | 'different-hosts'
  | 'unreachable';

/** Platform facts the design does not hold: ACS/IOMMU redirection, virtual-machine passthrough. */
export interface P2pPolicy {
  acsRedirect?: boolean;
  virtualized?: boolean;
  /** Force P2P on or off for accelerator pairs on one host (calibration: the measurement says which it was). */
  force?: 'enabled' | 'disabled';
}

export interface PairResult {
  class: string;
  p2p: boolean;
  p2pReason: P2pReason;
  /** True when the copy is staged through host memory (P2P disabled on one host). */
  staged: boolean;
  /** Per direction, per profile (raw, nccl, calibrated), GB/s; NaN = unknown. */
  bw: [number, number, number];
  bidir: [number, number, number];
  /**
   * Bound the links alone put on bidirectional / unidirectional (2 = full duplex, nothing shared; 1 = both
   * directions share one link's capacity, as staged copies under one switch uplink do).
   */
  bidirLinkRatio: number;
  /** Directed-link index of the raw bottleneck, -1 when none. */
  bottleneck: number;
  hwLatencyNs: number;
  /** Hardware latency plus the calibrated software time, µs; NaN without a calibration. */
  appLatencyUs: number;
}

/** Everything about a device that pair analysis needs, computed once per device. */
export interface DeviceInfo {
  id: string;
  node: number;
  accelerator: boolean;
  chain: PcieChain | undefined;
  host: HostPath | null;
  p2pSupported: boolean;
}
