/** Golden outputs of `rackwire plan` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('plan', [
  cmd('plan-nodes-8', 'plan --nodes 8 -o $OUT/cluster.yaml'),
  cmd('plan-nodes-8-json', 'plan --nodes 8 --rack-power-kw 40 -o $OUT/cluster.yaml --json'),
  ...['nvlink', 'pcie6-switch', 'ualink', 'ethernet'].map((s) => ({
    name: `plan-scale-up-${s}`,
    args: ['plan', '--nodes', '16', '--scale-up', s, '-o', '$OUT/cluster.yaml'],
  })),
  ...['400g-roce', '400g-ib', '800g-roce', '800g-ib'].map((s) => ({
    name: `plan-scale-out-${s}`,
    args: ['plan', '--nodes', '32', '--scale-out', s],
  })),
  cmd('plan-fat-tree-oversub', 'plan --nodes 64 --topology fat-tree --oversubscription 3:1 --json'),
  cmd('plan-accelerators-1024', 'plan --accelerators 1024 --preset hgx-b200-8'),
  cmd('plan-rack-preset-whole-racks', 'plan --nodes 4 --preset gb200-nvl72'),
  cmd('plan-mi300x-ib', 'plan --nodes 8 --preset mi300x-8 --scale-out 400g-ib --json'),
  cmd('plan-intent-roce', 'plan test/fixtures/plan/intent-roce.yaml -o $OUT/cluster.yaml'),
  cmd('plan-intent-bad', 'plan test/fixtures/plan/intent-bad.yaml --json'),
  cmd('plan-bad-scale-out', 'plan --nodes 8 --scale-out token-ring'),
]);
