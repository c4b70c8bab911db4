/** Golden outputs of `rackwire phy` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('phy', [
  {
    name: 'phy-place-retimers-long-gen5',
    args: ['phy', 'place-retimers', 'test/fixtures/phy/long-gen5-fr4.yaml', '-o', '$OUT/fixed.yaml'],
  },
  {
    name: 'phy-place-retimers-cabled-gen6',
    args: ['phy', 'place-retimers', 'test/fixtures/phy/cabled-gen6.yaml'],
  },
  {
    name: 'phy-place-retimers-long-gen5-json',
    args: ['phy', 'place-retimers', 'test/fixtures/phy/long-gen5-fr4.yaml', '--json'],
  },
  ...['hgx-h100-8', 'scorpio-gen6-16', 'cxl-memory-server', 'nvme-gen5-storage'].map((e) => ({
    name: `phy-place-retimers-${e}`,
    args: ['phy', 'place-retimers', `builtin:${e}`],
  })),
  {
    name: 'phy-waterfall-long-gen5',
    args: [
      'phy',
      'waterfall',
      'test/fixtures/phy/long-gen5-fr4.yaml',
      '--link',
      'node0/cpu0.p0~node0/nic0.pcie',
      '-o',
      '$OUT/link.svg',
    ],
  },
  {
    name: 'phy-waterfall-long-gen5-json',
    args: [
      'phy',
      'waterfall',
      'test/fixtures/phy/long-gen5-fr4.yaml',
      '--link',
      'node0/cpu0.p0~node0/nic0.pcie',
      '--json',
    ],
  },
  {
    name: 'phy-waterfall-unknown-link-json',
    args: ['phy', 'waterfall', 'test/fixtures/phy/long-gen5-fr4.yaml', '--link', 'nope', '--json'],
  },
  { name: 'phy-cables-rack', args: ['phy', 'cables', 'builtin:rack-4x-hgx'] },
  { name: 'phy-cables-rack-json', args: ['phy', 'cables', 'builtin:rack-4x-hgx', '--json'] },
  { name: 'phy-cables-rack-power', args: ['phy', 'cables', 'builtin:rack-4x-hgx', '--prefer', 'power'] },
  { name: 'phy-cables-gb200', args: ['phy', 'cables', 'builtin:gb200-nvl72'] },
]);
