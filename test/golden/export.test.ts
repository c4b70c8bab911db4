/** Golden outputs of `rackwire export` (text and --json) on bundled examples and real samples. */
import { goldenSuite } from './harness.js';

goldenSuite('export', [
  ...['nccl-xml', 'infragraph', 'json', 'dot', 'svg'].flatMap((to) =>
    ['hgx-h100-8', 'mi300x-8', 'cxl-memory-server'].map((e) => ({
      name: `export-${e}-${to}`,
      args: ['export', `builtin:${e}`, '--to', to],
    })),
  ),
  {
    name: 'export-rack-nccl-xml-node1',
    args: ['export', 'builtin:rack-4x-hgx', '--to', 'nccl-xml', '--node', 'rack0/node1'],
  },
  { name: 'export-rack-nccl-xml-no-node', args: ['export', 'builtin:rack-4x-hgx', '--to', 'nccl-xml'] },
  {
    name: 'export-rack-nccl-xml-file',
    args: [
      'export',
      'builtin:rack-4x-hgx',
      '--to',
      'nccl-xml',
      '--node',
      'rack0/node2',
      '-o',
      '$OUT/node2.xml',
    ],
  },
  { name: 'export-bad-node', args: ['export', 'builtin:rack-4x-hgx', '--to', 'nccl-xml', '--node', 'node9'] },
  { name: 'export-gb200-dot', args: ['export', 'builtin:gb200-nvl72', '--to', 'dot'] },
  {
    name: 'export-imported-a4-nccl-xml',
    args: [
      'export',
      'test/fixtures/collective/gcp-a4-2node-b200.yaml',
      '--to',
      'nccl-xml',
      '--node',
      'node0',
    ],
  },
]);
