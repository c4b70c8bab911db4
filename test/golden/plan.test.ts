/** Golden outputs of `rackwire plan` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('plan', [
  { name: 'plan-nodes-8', args: ['plan', '--nodes', '8', '-o', '$OUT/cluster.yaml'] },
  {
    name: 'plan-nodes-8-json',
    args: ['plan', '--nodes', '8', '--rack-power-kw', '40', '-o', '$OUT/cluster.yaml', '--json'],
  },
  ...['nvlink', 'pcie6-switch', 'ualink', 'ethernet'].map((s) => ({
    name: `plan-scale-up-${s}`,
    args: ['plan', '--nodes', '16', '--scale-up', s, '-o', '$OUT/cluster.yaml'],
  })),
  ...['400g-roce', '400g-ib', '800g-roce', '800g-ib'].map((s) => ({
    name: `plan-scale-out-${s}`,
    args: ['plan', '--nodes', '32', '--scale-out', s],
  })),
  {
    name: 'plan-fat-tree-oversub',
    args: ['plan', '--nodes', '64', '--topology', 'fat-tree', '--oversubscription', '3:1', '--json'],
  },
  { name: 'plan-accelerators-1024', args: ['plan', '--accelerators', '1024', '--preset', 'hgx-b200-8'] },
  { name: 'plan-rack-preset-whole-racks', args: ['plan', '--nodes', '4', '--preset', 'gb200-nvl72'] },
  {
    name: 'plan-mi300x-ib',
    args: ['plan', '--nodes', '8', '--preset', 'mi300x-8', '--scale-out', '400g-ib', '--json'],
  },
  {
    name: 'plan-intent-roce',
    args: ['plan', 'test/fixtures/plan/intent-roce.yaml', '-o', '$OUT/cluster.yaml'],
  },
  { name: 'plan-intent-bad', args: ['plan', 'test/fixtures/plan/intent-bad.yaml', '--json'] },
  { name: 'plan-bad-scale-out', args: ['plan', '--nodes', '8', '--scale-out', 'token-ring'] },
]);
