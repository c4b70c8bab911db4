/** Loading and structurally checking a large design written compactly with modules and imports. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDesign } from '../src/api/index.js';
import type { Bench } from './types.js';

function clusterFile(nodes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rackwire-bench-'));
  const file = join(dir, 'cluster.yaml');
  writeFileSync(
    file,
    `formatVersion: 1
name: cluster-${nodes}
imports: [${JSON.stringify(resolve('examples/hgx-h100-8.yaml'))}]
instances:
  - { id: 'node{n}', module: dgx-h100, repeat: { n: ${nodes} } }
`,
  );
  return file;
}

export const benches: Bench[] = [1024].map((nodes) => ({
  name: `load+check ${nodes} DGX-H100-class nodes`,
  params: { nodes, gpus: nodes * 8, links: nodes * 172 },
  setup: () => clusterFile(nodes),
  run: (file) => {
    const r = checkDesign(file as string);
    if (!r.design || r.issues.some((i) => i.severity === 'error'))
      throw new Error('bench design did not load clean');
    return { components: r.design.components.length, links: r.design.links.length };
  },
  repeat: 3,
}));
