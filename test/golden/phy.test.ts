/** Golden outputs of `rackwire phy` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('phy', [
  cmd(
    'phy-place-retimers-long-gen5',
    'phy place-retimers test/fixtures/phy/long-gen5-fr4.yaml -o $OUT/fixed.yaml',
  ),
  cmd('phy-place-retimers-cabled-gen6', 'phy place-retimers test/fixtures/phy/cabled-gen6.yaml'),
  cmd('phy-place-retimers-long-gen5-json', 'phy place-retimers test/fixtures/phy/long-gen5-fr4.yaml --json'),
  ...['hgx-h100-8', 'scorpio-gen6-16', 'cxl-memory-server', 'nvme-gen5-storage'].map((e) => ({
    name: `phy-place-retimers-${e}`,
    args: ['phy', 'place-retimers', `builtin:${e}`],
  })),
  cmd(
    'phy-waterfall-long-gen5',
    'phy waterfall test/fixtures/phy/long-gen5-fr4.yaml --link node0/cpu0.p0~node0/nic0.pcie -o $OUT/link.svg',
  ),
  cmd(
    'phy-waterfall-long-gen5-json',
    'phy waterfall test/fixtures/phy/long-gen5-fr4.yaml --link node0/cpu0.p0~node0/nic0.pcie --json',
  ),
  cmd(
    'phy-waterfall-unknown-link-json',
    'phy waterfall test/fixtures/phy/long-gen5-fr4.yaml --link nope --json',
  ),
  cmd('phy-cables-rack', 'phy cables builtin:rack-4x-hgx'),
  cmd('phy-cables-rack-json', 'phy cables builtin:rack-4x-hgx --json'),
  cmd('phy-cables-rack-power', 'phy cables builtin:rack-4x-hgx --prefer power'),
  cmd('phy-cables-gb200', 'phy cables builtin:gb200-nvl72'),
]);
