/** Golden outputs of `rackwire bom` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('bom', [
  ...[
    'cxl-memory-server',
    'gb200-nvl72',
    'hgx-a100-8',
    'hgx-b200-8',
    'hgx-h100-8',
    'mi300x-8',
    'nvme-gen5-storage',
    'pcie-l40s-8',
    'rack-4x-hgx',
    'scorpio-gen6-16',
    'ualink-8',
  ].map((e) => ({ name: `bom-${e}`, args: ['bom', `builtin:${e}`] })),
  ...['hgx-h100-8', 'gb200-nvl72', 'rack-4x-hgx'].map((e) => ({
    name: `bom-${e}-json`,
    args: ['bom', `builtin:${e}`, '--json'],
  })),
  cmd('bom-hgx-h100-8-csv', 'bom builtin:hgx-h100-8 --csv'),
  cmd('bom-hgx-h100-8-prices', 'bom builtin:hgx-h100-8 --prices test/fixtures/bom/prices-complete.yaml'),
  cmd(
    'bom-hgx-h100-8-prices-missing',
    'bom builtin:hgx-h100-8 --prices test/fixtures/bom/prices-missing.yaml',
  ),
  cmd(
    'bom-hgx-h100-8-prices-json',
    'bom builtin:hgx-h100-8 --prices test/fixtures/bom/prices-missing.yaml --json',
  ),
]);
