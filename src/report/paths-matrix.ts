/** `p2pBandwidthLatencyTest`-style numeric matrices (connectivity, bandwidth uni/bidir, latency), labelled by profile. */
import type { PathMatrices } from '../perf/index.js';
import { deviceLabels, fmt, table } from './paths-labels.js';

function matrix(title: string, m: PathMatrices, cell: (i: number, j: number) => string): string {
  const labels = deviceLabels(m.devices);
  const rows = labels.map((l, i) => [l, ...labels.map((_, j) => (i === j ? '-' : cell(i, j)))]);
  return `${title}\n${table([['D\\D', ...labels], ...rows])}`;
}

export function renderConnectivity(m: PathMatrices): string {
  return matrix('P2P Connectivity Matrix (1 = peer-to-peer, 0 = staged through host memory)', m, (i, j) =>
    m.p2p[i]![j] ? '1' : '0',
  );
}

export function renderBandwidth(m: PathMatrices): string {
  return [
    renderConnectivity(m),
    matrix(`Unidirectional Bandwidth Matrix (GB/s), profile ${m.profile}`, m, (i, j) =>
      fmt(m.bwGBps[i]![j]!),
    ),
    matrix(`Bidirectional Bandwidth Matrix (GB/s), profile ${m.profile}`, m, (i, j) =>
      fmt(m.bidirGBps[i]![j]!),
    ),
  ].join('\n\n');
}

export function renderLatency(m: PathMatrices): string {
  const parts = [
    matrix('Hardware Latency Matrix (ns, sum of hop latencies)', m, (i, j) => fmt(m.hwLatencyNs[i]![j]!, 0)),
  ];
  if (m.appLatencyUs.some((r) => r.some((v) => v !== null)))
    parts.push(
      matrix(
        'Application Latency Matrix (us, calibrated; comparable with p2pBandwidthLatencyTest)',
        m,
        (i, j) => fmt(m.appLatencyUs[i]![j]!),
      ),
    );
  else
    parts.push('Application latency: no calibration (rackwire calibrate DESIGN LOG... -o calibration.yaml)');
  return parts.join('\n\n');
}
