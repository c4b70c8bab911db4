// Physical check of a 100,000-accelerator cluster (~1.05 M links): issue #3 target < 5 s and < 2 GB on 2-core CI.
import { builtinCatalog } from '../src/catalog/index.js';
import { analyzePhysical } from '../src/phy/index.js';
import { phyCluster } from './phy-cluster.js';
import type { Bench } from './types.js';

const NODES = 12_500;

export const benches: Bench[] = [
  {
    name: 'phy: analyzePhysical, 100,000 accelerators (12,500 nodes, ~1.05 M links)',
    params: { nodes: NODES, accelerators: NODES * 8, links: NODES * 84 },
    setup: () => phyCluster(NODES),
    run: (design) => {
      const r = analyzePhysical(design as ReturnType<typeof phyCluster>, builtinCatalog());
      if (r.links.length !== NODES * 84)
        throw new Error(`expected ${NODES * 84} links, got ${r.links.length}`);
    },
    repeat: 3,
  },
];
