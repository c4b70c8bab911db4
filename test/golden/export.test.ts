/** Golden outputs of `rackwire export` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('export', [
  ...['nccl-xml', 'infragraph', 'json', 'dot', 'svg'].flatMap((to) =>
    ['hgx-h100-8', 'mi300x-8', 'cxl-memory-server'].map((e) => ({
      name: `export-${e}-${to}`,
      args: ['export', `builtin:${e}`, '--to', to],
    })),
  ),
  cmd('export-rack-nccl-xml-node1', 'export builtin:rack-4x-hgx --to nccl-xml --node rack0/node1'),
  cmd('export-rack-nccl-xml-no-node', 'export builtin:rack-4x-hgx --to nccl-xml'),
  cmd(
    'export-rack-nccl-xml-file',
    'export builtin:rack-4x-hgx --to nccl-xml --node rack0/node2 -o $OUT/node2.xml',
  ),
  cmd('export-bad-node', 'export builtin:rack-4x-hgx --to nccl-xml --node node9'),
  cmd('export-gb200-dot', 'export builtin:gb200-nvl72 --to dot'),
  cmd(
    'export-imported-a4-nccl-xml',
    'export test/fixtures/collective/gcp-a4-2node-b200.yaml --to nccl-xml --node node0',
  ),
  cmd(
    'export-h200-nccl-xml-bus-ids-kvm',
    'export builtin:hgx-h200-8 --to nccl-xml --bus-ids test/fixtures/import/h200-kvm-vm-flat-passthrough-lspci-tvv.txt',
  ),
  cmd(
    'export-h200-nccl-xml-bus-ids-map',
    'export builtin:hgx-h200-8 --to nccl-xml --bus-ids test/fixtures/export/h200-vm-bus-ids.yaml',
  ),
  cmd('export-bus-ids-missing', 'export builtin:hgx-h200-8 --to nccl-xml --bus-ids nope.txt'),
]);
