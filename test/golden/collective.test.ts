/** Golden outputs of `rackwire collective` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('collective', [
  cmd('collective-h100-allreduce-1g', 'collective builtin:hgx-h100-8 --op all_reduce --bytes 1G'),
  cmd(
    'collective-h100-allreduce-sweep',
    'collective builtin:hgx-h100-8 --op all_reduce --min-bytes 8 --max-bytes 8G --step-factor 8',
  ),
  cmd(
    'collective-h100-allreduce-sweep-json',
    'collective builtin:hgx-h100-8 --op all_reduce --min-bytes 1K --max-bytes 1G --step-factor 32 --json',
  ),
  cmd(
    'collective-h100-allreduce-explain',
    'collective builtin:hgx-h100-8 --op all_reduce --algo ring --bytes 8G --explain',
  ),
  ...['ring', 'tree', 'nvls'].map((a) =>
    cmd(
      `collective-h100-allreduce-${a}`,
      `collective builtin:hgx-h100-8 --op all_reduce --algo ${a} --min-bytes 64K --max-bytes 1G --step-factor 16`,
    ),
  ),
  ...['all_gather', 'reduce_scatter', 'broadcast', 'reduce', 'all_to_all', 'sendrecv'].map((op) =>
    cmd(
      `collective-h100-${op}`,
      `collective builtin:hgx-h100-8 --op ${op} --min-bytes 1M --max-bytes 1G --step-factor 32`,
    ),
  ),
  cmd(
    'collective-h100-analytic',
    'collective builtin:hgx-h100-8 --op all_reduce --mode analytic --min-bytes 1K --max-bytes 1G --step-factor 32',
  ),
  cmd('collective-b200-allreduce-1g', 'collective builtin:hgx-b200-8 --op all_reduce --bytes 1G'),
  cmd(
    'collective-h200-calibrated-json',
    'collective builtin:hgx-h200-8 --op all_reduce --algo ring --bytes 8G --calibration calibrations/collectives.yaml --json',
  ),
  cmd(
    'collective-h200-calibrated-sweep',
    'collective builtin:hgx-h200-8 --op all_reduce --min-bytes 1K --max-bytes 8G --step-factor 16 --calibration calibrations/collectives.yaml',
  ),
  // two nodes or more pay the calibrated scale-out latency per step: auto compares algorithms with it
  cmd(
    'collective-rack-calibrated-sweep',
    'collective builtin:rack-4x-hgx --op all_reduce --min-bytes 1K --max-bytes 1G --step-factor 16 --calibration calibrations/collectives.yaml',
  ),
  cmd(
    'collective-mi300x-allgather-4-json',
    'collective builtin:mi300x-8 --op all_gather --ranks 4 --min-bytes 1M --max-bytes 4M --step-factor 2 --json',
  ),
  cmd(
    'collective-mi300x-allreduce',
    'collective builtin:mi300x-8 --op all_reduce --min-bytes 1K --max-bytes 8G --step-factor 16',
  ),
  cmd(
    'collective-gb200-allreduce',
    'collective builtin:gb200-nvl72 --op all_reduce --min-bytes 1M --max-bytes 8G --step-factor 32',
  ),
  cmd(
    'collective-rack-allreduce',
    'collective builtin:rack-4x-hgx --op all_reduce --min-bytes 1K --max-bytes 8G --step-factor 32',
  ),
  cmd(
    'collective-rack-allreduce-explain',
    'collective builtin:rack-4x-hgx --op all_reduce --bytes 1G --explain',
  ),
  cmd(
    'collective-rack-alltoall-adaptive',
    'collective builtin:rack-4x-hgx --op all_to_all --routing adaptive --bytes 256M',
  ),
  cmd(
    'collective-l40s-allreduce',
    'collective builtin:pcie-l40s-8 --op all_reduce --min-bytes 1K --max-bytes 1G --step-factor 32',
  ),
  cmd('collective-ualink-allreduce', 'collective builtin:ualink-8 --op all_reduce --bytes 1G'),
  cmd('collective-scorpio-allreduce', 'collective builtin:scorpio-gen6-16 --op all_reduce --bytes 1G --json'),
  cmd(
    'collective-gcp-a4-allgather',
    'collective test/fixtures/collective/gcp-a4-2node-b200.yaml --op all_gather --min-bytes 1M --max-bytes 8G --step-factor 32',
  ),
  cmd(
    'collective-moc-sendrecv',
    'collective test/fixtures/collective/moc-2node-h100-roce.yaml --op sendrecv --bytes 1G',
  ),
  cmd(
    'collective-missing-calibration',
    'collective builtin:hgx-h100-8 --op all_reduce --bytes 1G --calibration no/such/cal.yaml',
  ),
]);
