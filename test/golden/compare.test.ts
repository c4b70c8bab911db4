/** Golden outputs of `rackwire compare` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('compare', [
  {
    name: 'compare-h100-mi300x-ualink',
    args: ['compare', 'builtin:hgx-h100-8', 'builtin:mi300x-8', 'builtin:ualink-8'],
  },
  {
    name: 'compare-h100-mi300x-ualink-json',
    args: ['compare', 'builtin:hgx-h100-8', 'builtin:mi300x-8', 'builtin:ualink-8', '--json'],
  },
  {
    name: 'compare-scaleup-fabrics',
    args: [
      'compare',
      'builtin:hgx-b200-8',
      'builtin:scorpio-gen6-16',
      'builtin:pcie-l40s-8',
      'builtin:gb200-nvl72',
    ],
  },
  { name: 'compare-same-design', args: ['compare', 'builtin:hgx-h100-8', 'builtin:hgx-h100-8'] },
  {
    name: 'compare-prices',
    args: [
      'compare',
      'builtin:hgx-h100-8',
      'builtin:hgx-h200-8',
      '--prices',
      'test/fixtures/bom/prices-missing.yaml',
    ],
  },
  {
    name: 'compare-accelerators-64',
    args: ['compare', 'builtin:hgx-h100-8', 'builtin:mi300x-8', '--accelerators', '64'],
  },
  {
    name: 'compare-accelerators-64-json',
    args: ['compare', 'builtin:hgx-h100-8', 'builtin:gb200-nvl72', '--accelerators', '64', '--json'],
  },
  {
    name: 'compare-rack-cxl',
    args: ['compare', 'examples/rack-4x-hgx.yaml', 'examples/cxl-memory-server.yaml'],
  },
]);
