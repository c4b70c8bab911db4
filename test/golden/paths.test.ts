/** Golden outputs of `rackwire paths` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('paths', [
  ...['hgx-h100-8', 'mi300x-8', 'pcie-l40s-8', 'scorpio-gen6-16', 'ualink-8', 'hgx-a100-8'].flatMap((e) =>
    ['class', 'bw', 'latency'].flatMap((m) => [
      { name: `paths-${e}-${m}`, args: ['paths', `builtin:${e}`, '--matrix', m] },
      { name: `paths-${e}-${m}-json`, args: ['paths', `builtin:${e}`, '--matrix', m, '--json'] },
    ]),
  ),
  // the two large designs: every matrix as text, JSON of the GPUs only (their full JSON runs to megabytes)
  ...['gb200-nvl72', 'rack-4x-hgx'].flatMap((e) => [
    ...['class', 'bw', 'latency'].map((m) => ({
      name: `paths-${e}-${m}-gpu`,
      args: ['paths', `builtin:${e}`, '--matrix', m, '--devices', 'gpu'],
    })),
    { name: `paths-${e}-gpu-json`, args: ['paths', `builtin:${e}`, '--devices', 'gpu', '--json'] },
  ]),
  {
    name: 'paths-hgx-h100-8-bw-raw',
    args: ['paths', 'builtin:hgx-h100-8', '--matrix', 'bw', '--profile', 'raw'],
  },
  {
    name: 'paths-hgx-h100-8-bw-gpu',
    args: ['paths', 'builtin:hgx-h100-8', '--matrix', 'bw', '--devices', 'gpu'],
  },
  { name: 'paths-hgx-h100-8-host', args: ['paths', 'builtin:hgx-h100-8', '--host'] },
  { name: 'paths-hgx-h100-8-host-json', args: ['paths', 'builtin:hgx-h100-8', '--host', '--json'] },
  { name: 'paths-hgx-h100-8-findings', args: ['paths', 'builtin:hgx-h100-8', '--findings'] },
  { name: 'paths-rack-findings-json', args: ['paths', 'builtin:rack-4x-hgx', '--findings', '--json'] },
  { name: 'paths-pcie-l40s-8-findings', args: ['paths', 'builtin:pcie-l40s-8', '--findings'] },
  { name: 'paths-cxl-memory', args: ['paths', 'builtin:cxl-memory-server', '--memory'] },
  { name: 'paths-cxl-memory-json', args: ['paths', 'builtin:cxl-memory-server', '--memory', '--json'] },
  {
    name: 'paths-hgx-h100-8-explain',
    args: ['paths', 'builtin:hgx-h100-8', '--explain', 'node0/gpu0', 'node0/gpu5'],
  },
  {
    name: 'paths-hgx-h100-8-explain-nic-json',
    args: ['paths', 'builtin:hgx-h100-8', '--explain', 'node0/gpu0', 'node0/nic4', '--json'],
  },
  {
    name: 'paths-rack-explain',
    args: ['paths', 'builtin:rack-4x-hgx', '--explain', 'rack0/node0/gpu0', 'rack0/node1/gpu0'],
  },
  {
    name: 'paths-l40s-explain',
    args: ['paths', 'builtin:pcie-l40s-8', '--explain', 'node0/gpu0', 'node0/gpu7'],
  },
  { name: 'paths-autodl-bw', args: ['paths', 'test/fixtures/perf/autodl-2x2080ti.yaml', '--matrix', 'bw'] },
  {
    name: 'paths-autodl-calibrated',
    args: [
      'paths',
      'test/fixtures/perf/autodl-2x2080ti.yaml',
      '--matrix',
      'bw',
      '--calibration',
      'test/golden/inputs/autodl-calibration.yaml',
    ],
  },
  {
    name: 'paths-autodl-calibrated-json',
    args: [
      'paths',
      'test/fixtures/perf/autodl-2x2080ti.yaml',
      '--matrix',
      'bw',
      '--calibration',
      'test/golden/inputs/autodl-calibration.yaml',
      '--json',
    ],
  },
  {
    name: 'paths-h200-shipped-calibration',
    args: ['paths', 'builtin:hgx-h200-8', '--matrix', 'bw', '--calibration', 'calibrations/collectives.yaml'],
  },
  {
    name: 'paths-missing-calibration-json',
    args: ['paths', 'builtin:hgx-h100-8', '--calibration', 'no/such/cal.yaml', '--json'],
  },
  {
    name: 'paths-bad-devices-json',
    args: ['paths', 'builtin:hgx-h100-8', '--devices', 'gpu,fpga', '--json'],
  },
]);
