/**
 * Issue #16: the planner's Clos beside NVIDIA's published DGX SuperPOD compute-fabric tables (8 rails per node):
 * - DGX B200 SuperPOD RA, "Larger DGX SuperPOD component counts" (QM9700 NDR, 64 ports, 32 nodes per SU):
 *   docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-b200/latest/dgx-superpod-architecture.html
 * - DGX B300 (XDR) SuperPOD RA, Table 3 (Quantum-X800 Q3400, 144 ports, 72 nodes per SU):
 *   docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300-xdr/latest/dgx-superpod-architecture.html
 * Where a rail fits one switch the planner's rail-optimised plan is rail-only (no spines), cheaper than the RA;
 * its fat-tree plan then reproduces the RA's leaf-spine counts. Docs table: docs/plan.md "Reference architectures".
 */
import { describe, expect, it } from 'vitest';
import { closSizes, planCluster, type ClosSizes, type Topology } from '../../src/plan/index.js';
import { loadPreset } from './preset.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Switches and cables per tier, as the RA tables count them. */
const counts = (c: ClosSizes) => ({
  leaf: c.leaves,
  spine: c.spines,
  core: c.superSpines,
  nodeLeaf: sum(c.leafDownlinks),
  leafSpine: c.tiers === 1 ? 0 : sum(c.leafUplinks),
  spineCore: sum(c.spineUplinks),
});
const size = (radix: number, nodes: number, topology: Topology) =>
  counts(closSizes({ radix, down: 1, up: 1, nodes, rails: 8, topology })!);

// [SU, nodes, leaf, spine, core, node-leaf, leaf-spine, spine-core], as published
type RaRow = [number, number, number, number, number, number, number, number];
const b200: RaRow[] = [
  [2, 64, 16, 8, 0, 512, 512, 0],
  [4, 128, 32, 16, 0, 1024, 1024, 0],
  [8, 256, 64, 32, 0, 2048, 2048, 0],
  [16, 512, 128, 128, 64, 4096, 4096, 4096],
  [32, 1024, 256, 256, 128, 8192, 8192, 8192],
  [64, 2048, 512, 512, 256, 16384, 16384, 16384],
];
const b300xdr: RaRow[] = [
  [1, 72, 8, 4, 0, 576, 576, 0],
  [2, 144, 16, 8, 0, 1152, 1152, 0],
  [4, 288, 32, 18, 0, 2304, 2304, 0],
  [8, 576, 64, 36, 0, 4608, 4608, 0],
  [18, 1296, 144, 72, 0, 10368, 10368, 0],
];
const ra = (r: RaRow) => ({
  leaf: r[2],
  spine: r[3],
  core: r[4],
  nodeLeaf: r[5],
  leafSpine: r[6],
  spineCore: r[7],
});

describe.each([
  ['DGX B200 SuperPOD (QM9700, k = 64)', 64, b200],
  ['DGX B300 XDR SuperPOD (Q3400, k = 144)', 144, b300xdr],
] as const)('%s', (_name, radix, rows) => {
  it.each(rows)('%i SU (%i nodes): the planner matches the RA', (_su, nodes, ...rest) => {
    const row = [_su, nodes, ...rest] as RaRow;
    const railOnly = nodes <= radix;
    // rail-optimised: the RA's counts, except where each rail fits one switch (then rail-only: 8 leaves, no spines)
    expect(size(radix, nodes, 'rail-optimized')).toEqual(
      railOnly ? { leaf: 8, spine: 0, core: 0, nodeLeaf: nodes * 8, leafSpine: 0, spineCore: 0 } : ra(row),
    );
    // fat-tree pools the NIC ports on half-radix leaves: the RA's counts at every size listed
    expect(size(radix, nodes, 'fat-tree')).toEqual(ra(row));
  });
});

it('the planned 4-SU B200 design has the RA counts as built links', () => {
  const { presets, catalog } = loadPreset('hgx-b200-8');
  const p = planCluster(
    { preset: 'hgx-b200-8', nodes: 128, scaleOut: '400g-ib', rackPowerKw: 60 },
    catalog,
    presets,
  );
  expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(p.counts).toMatchObject({ leaves: 32, spines: 16, nicLeafCables: 1024, leafSpineCables: 1024 });
});
