/** A measured figure from a benchmark log, tied to design devices, before fitting. */

export type MeasurementKind = 'p2p-uni' | 'p2p-bidir' | 'latency' | 'h2d' | 'd2h';

export interface Measurement {
  tool: 'p2pBandwidthLatencyTest' | 'bandwidthTest' | 'nvbandwidth' | 'manual';
  kind: MeasurementKind;
  /** Device index as the tool printed it (CUDA ordinal). */
  srcIndex: number;
  /** Peer device index (p2p kinds), else null. */
  dstIndex: number | null;
  /** Whether the copy was peer-to-peer (false: staged through host memory). */
  p2p: boolean;
  /** GB/s for bandwidths, µs for latency. */
  value: number;
  sourceFile: string;
}
