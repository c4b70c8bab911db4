/** Golden outputs of `rackwire import` (text and --json) on bundled examples and real samples. */
import { cmd, goldenSuite } from './harness.js';

goldenSuite('import', [
  ...[
    'amd-8gpu-0x74a2-rocm-smi-showtopo.txt',
    'aws-p4d.24xlarge-a100-topo.xml',
    'azure-ndv4-a100-topo.xml',
    'azure-ndv5-h100-topo.xml',
    'formats-hwloc-xml-cxl-memory.xml',
    'formats-hwloc-xml-dgx2-pci.xml',
    'formats-infragraph-dgxa100.yaml',
    'formats-infragraph-scaleup-scaleout.yaml',
    'formats-lspci-tv.txt',
    'formats-nccl-graph-dump.xml',
    'formats-nccl-topo-azure-ndv5.xml',
    'formats-nccl-topo-dump-h200.xml',
    'formats-nvidia-smi-topo-m.txt',
    'gcp-a4-highgpu-8g-8xB200-topo.txt',
    'h200-kvm-vm-flat-passthrough-lspci-tvv.txt',
    'h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt',
    'hwloc-2xXeonE5-3xTeslaM2075.xml',
    'puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt',
  ].flatMap((f) => [
    { name: `import-${f}`, args: ['import', `test/fixtures/import/${f}`, '-o', '$OUT/design.yaml'] },
    { name: `import-${f}-json`, args: ['import', `test/fixtures/import/${f}`, '--json'] },
  ]),
  cmd(
    'import-merged-lspci-smi',
    'import test/fixtures/import/formats-lspci-tv.txt test/fixtures/import/formats-nvidia-smi-topo-m.txt',
  ),
  cmd('import-missing-json', 'import test/fixtures/import/no-such.txt --json'),
]);
