/** Golden outputs of `rackwire calibrate` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('calibrate', [
  cmd(
    'calibrate-autodl',
    'calibrate test/fixtures/perf/autodl-2x2080ti.yaml test/fixtures/perf/autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt -o $OUT/cal.yaml',
  ),
  cmd(
    'calibrate-autodl-json',
    'calibrate test/fixtures/perf/autodl-2x2080ti.yaml test/fixtures/perf/autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt --json',
  ),
  cmd(
    'calibrate-mi300x-rccl',
    'calibrate builtin:mi300x-8 test/fixtures/collective/amd-mi300x-1node-8gpu-rccl-allreduce.txt -o $OUT/cal.yaml',
  ),
  cmd(
    'calibrate-mi300x-rccl-json',
    'calibrate builtin:mi300x-8 test/fixtures/collective/amd-mi300x-1node-8gpu-rccl-allreduce.txt --json',
  ),
  cmd(
    'calibrate-a3ultra-rank-order',
    'calibrate test/fixtures/collective/gcp-a3ultra-2node-h200.yaml test/fixtures/collective/gcp-a3ultra-2node-1xH200-all_reduce-nccl-tests.txt --rank-order node0/gpu0,node1/gpu0',
  ),
  cmd(
    'calibrate-a3ultra-rank-order-json',
    'calibrate test/fixtures/collective/gcp-a3ultra-2node-h200.yaml test/fixtures/collective/gcp-a3ultra-2node-1xH200-all_reduce-nccl-tests.txt --rank-order node0/gpu0,node1/gpu0 --json',
  ),
  cmd(
    'calibrate-a3ultra-short-rank-order',
    'calibrate test/fixtures/collective/gcp-a3ultra-2node-h200.yaml test/fixtures/collective/gcp-a3ultra-2node-1xH200-all_reduce-nccl-tests.txt --rank-order node0/gpu0 --json',
  ),
  cmd(
    'calibrate-moc-roce',
    'calibrate test/fixtures/collective/moc-2node-h100-roce.yaml test/fixtures/collective/moc-2node-1xH100-each-roce-allreduce.log.txt test/fixtures/collective/moc-2node-1xH100-each-roce-sendrecv.log.txt',
  ),
  cmd(
    'calibrate-gcp-a4',
    'calibrate test/fixtures/collective/gcp-a4-2node-b200.yaml test/fixtures/collective/gcp-a4-2node-16xB200-all_gather-nccl-tests.txt --json',
  ),
  cmd(
    'calibrate-chlc-nop2p',
    'calibrate test/fixtures/collective/chlc-8xRTX4090-epyc7542-nop2p.yaml test/fixtures/collective/chlc-8xRTX4090-epyc7542-nop2p-allreduce.txt',
  ),
  cmd(
    'calibrate-missing-log-json',
    'calibrate test/fixtures/perf/autodl-2x2080ti.yaml test/fixtures/perf/no-such.txt --json',
  ),
]);
