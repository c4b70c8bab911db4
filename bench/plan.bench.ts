// Planning + BOM of a 100,000-accelerator cluster (issue #7 target: under 10 s). The in-memory path: the design-file
// loader is not meant for the ~2.4 M links of the expanded design.
import { buildBom } from '../src/bom/index.js';
import { loadDesign } from '../src/io/index.js';
import { planCluster, type PresetNode } from '../src/plan/index.js';
import type { Bench } from './types.js';

const NODES = 12_500; // × 8 H100 = 100,000 accelerators

const preset = () => {
  const loaded = loadDesign('builtin:hgx-h100-8');
  if (!loaded.design) throw new Error('builtin:hgx-h100-8 did not load');
  const node: PresetNode = { builtin: 'hgx-h100-8', module: 'dgx-h100', design: loaded.design };
  return { catalog: loaded.catalog, presets: { 'hgx-h100-8': node } };
};

export const benches: Bench[] = [
  {
    name: 'plan: planCluster + buildBom, 100,000 accelerators (12,500 × hgx-h100-8, 400g-roce, 3 tiers)',
    params: { nodes: NODES, accelerators: NODES * 8, scaleOut: '400g-roce' },
    setup: preset,
    run: (input) => {
      const { catalog, presets } = input as ReturnType<typeof preset>;
      const plan = planCluster({ nodes: NODES, scaleOut: '400g-roce' }, catalog, presets);
      if (!plan.design || !plan.counts) throw new Error(plan.issues.map((i) => i.message).join('; '));
      const bom = buildBom(plan.design, catalog);
      return {
        links: plan.design.links.length,
        leaves: plan.counts.leaves,
        spines: plan.counts.spines,
        superSpines: plan.counts.superSpines,
        bomLines: bom.lines.length,
      };
    },
    repeat: 3,
  },
];
