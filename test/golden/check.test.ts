/** Golden outputs of `rackwire check` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('check', [
  ...[
    'cxl-memory-server',
    'gb200-nvl72',
    'hgx-a100-8',
    'hgx-b200-8',
    'hgx-h100-8',
    'hgx-h200-8',
    'mi300x-8',
    'mi325x-8',
    'mi355x-8',
    'nvme-gen5-storage',
    'pcie-l40s-8',
    'rack-4x-hgx',
    'scorpio-gen6-16',
    'ualink-8',
  ].map((e) => ({ name: `check-${e}`, args: ['check', `examples/${e}.yaml`] })),
  ...['cxl-memory-server', 'hgx-h100-8', 'rack-4x-hgx', 'scorpio-gen6-16'].map((e) => ({
    name: `check-${e}-json`,
    args: ['check', `examples/${e}.yaml`, '--json'],
  })),
  { name: 'check-hgx-h100-8-no-phy', args: ['check', 'builtin:hgx-h100-8', '--no-phy'] },
  { name: 'check-scorpio-links-all', args: ['check', 'builtin:scorpio-gen6-16', '--links', 'all'] },
  { name: 'check-rack-links-problems', args: ['check', 'builtin:rack-4x-hgx', '--links', 'problems'] },
  { name: 'check-long-gen5-fr4', args: ['check', 'test/fixtures/phy/long-gen5-fr4.yaml'] },
  { name: 'check-long-gen5-fr4-json', args: ['check', 'test/fixtures/phy/long-gen5-fr4.yaml', '--json'] },
  {
    name: 'check-long-gen5-fr4-allow-downtrain',
    args: ['check', 'test/fixtures/phy/long-gen5-fr4.yaml', '--allow', 'downtrain'],
  },
  { name: 'check-cabled-gen6', args: ['check', 'test/fixtures/phy/cabled-gen6.yaml'] },
  { name: 'check-cabled-gen6-json', args: ['check', 'test/fixtures/phy/cabled-gen6.yaml', '--json'] },
  {
    name: 'check-cabled-gen6-allow-downtrain',
    args: ['check', 'test/fixtures/phy/cabled-gen6.yaml', '--allow', 'downtrain'],
  },
  {
    name: 'check-low-margin-fail-on-warn',
    args: ['check', 'test/fixtures/phy/low-margin-gen5-fr4.yaml', '--fail-on', 'warn'],
  },
  ...[
    '01-malformed-yaml',
    '05-unknown-field',
    '09-nan-length',
    '12-unknown-part',
    '13-port-not-found',
    '16-lanes-exceeded',
    '17-nvlink-oversubscribed',
    '20-pcie-cycle',
    '23-gen-unsupported',
    '30-switch-lanes-exceeded',
    '39-unknown-cable',
  ].flatMap((b) => [
    { name: `check-bad-${b}`, args: ['check', `test/fixtures/bad/${b}.yaml`] },
    { name: `check-bad-${b}-json`, args: ['check', `test/fixtures/bad/${b}.yaml`, '--json'] },
  ]),
  { name: 'check-missing-file-json', args: ['check', 'no/such/design.yaml', '--json'] },
  { name: 'check-user-catalog', args: ['check', 'test/fixtures/user-catalog/design.yaml'] },
  {
    name: 'check-user-catalog-bad',
    args: ['check', 'test/fixtures/user-catalog/design-bad-catalog.yaml', '--json'],
  },
]);
