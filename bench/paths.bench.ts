// Path matrices for a 1,024-accelerator cluster (128 DGX-H100-class hosts, rail-optimised IB): issue #5 target < 10 s.
import type { Bench } from './types.js';
import { buildFabric } from '../src/perf/fabric.js';
import { pathMatrices } from '../src/perf/matrices.js';
import { selectDevices } from '../src/perf/devices.js';
import { hgxCluster } from '../test/support/hgx-test-design.js';
import { testCatalog } from '../test/support/test-design.js';

interface Input {
  design: ReturnType<typeof hgxCluster>['design'];
  catalog: ReturnType<typeof testCatalog>;
}

export const benches: Bench[] = [
  {
    name: 'paths: class+bw+latency matrices, 1024 GPUs (1,048,576 pairs)',
    params: { hosts: 128, accelerators: 1024, pairs: 1024 * 1024 },
    setup: (): Input => ({ design: hgxCluster(128).design, catalog: testCatalog() }),
    run: (input) => {
      const { design, catalog } = input as Input;
      const f = buildFabric(design, catalog);
      const m = pathMatrices(f, selectDevices(design, ['gpu']), { profile: 'nccl' });
      if (m.devices.length !== 1024) throw new Error('expected 1024 accelerators');
    },
    repeat: 3,
  },
];
