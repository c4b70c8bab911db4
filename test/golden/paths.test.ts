/** Golden outputs of `rackwire paths` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

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
  cmd('paths-hgx-h100-8-bw-raw', 'paths builtin:hgx-h100-8 --matrix bw --profile raw'),
  cmd('paths-hgx-h100-8-bw-gpu', 'paths builtin:hgx-h100-8 --matrix bw --devices gpu'),
  cmd('paths-hgx-h100-8-host', 'paths builtin:hgx-h100-8 --host'),
  cmd('paths-hgx-h100-8-host-json', 'paths builtin:hgx-h100-8 --host --json'),
  cmd('paths-hgx-h100-8-findings', 'paths builtin:hgx-h100-8 --findings'),
  cmd('paths-rack-findings-json', 'paths builtin:rack-4x-hgx --findings --json'),
  cmd('paths-pcie-l40s-8-findings', 'paths builtin:pcie-l40s-8 --findings'),
  cmd('paths-cxl-memory', 'paths builtin:cxl-memory-server --memory'),
  cmd('paths-cxl-memory-json', 'paths builtin:cxl-memory-server --memory --json'),
  cmd('paths-hgx-h100-8-explain', 'paths builtin:hgx-h100-8 --explain node0/gpu0 node0/gpu5'),
  cmd('paths-hgx-h100-8-explain-nic-json', 'paths builtin:hgx-h100-8 --explain node0/gpu0 node0/nic4 --json'),
  cmd('paths-rack-explain', 'paths builtin:rack-4x-hgx --explain rack0/node0/gpu0 rack0/node1/gpu0'),
  cmd('paths-l40s-explain', 'paths builtin:pcie-l40s-8 --explain node0/gpu0 node0/gpu7'),
  cmd('paths-autodl-bw', 'paths test/fixtures/perf/autodl-2x2080ti.yaml --matrix bw'),
  cmd(
    'paths-autodl-calibrated',
    'paths test/fixtures/perf/autodl-2x2080ti.yaml --matrix bw --calibration test/golden/inputs/autodl-calibration.yaml',
  ),
  cmd(
    'paths-autodl-calibrated-json',
    'paths test/fixtures/perf/autodl-2x2080ti.yaml --matrix bw --calibration test/golden/inputs/autodl-calibration.yaml --json',
  ),
  cmd(
    'paths-h200-shipped-calibration',
    'paths builtin:hgx-h200-8 --matrix bw --calibration calibrations/collectives.yaml',
  ),
  cmd('paths-missing-calibration-json', 'paths builtin:hgx-h100-8 --calibration no/such/cal.yaml --json'),
  cmd('paths-bad-devices-json', 'paths builtin:hgx-h100-8 --devices gpu,fpga --json'),
]);
