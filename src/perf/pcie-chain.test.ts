import { describe, it, expect } from 'vitest';
import { buildFabric } from './fabric.js';
import { pathMatrices } from './matrices.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';

const up = port('up', { role: 'upstream' });
const dn = (n: string) => port(n, { role: 'downstream' });

/** cpu0.r0 → swA; swA.d0 → gpu0, swA.d1 → swB; swB.d0 → gpu1; cpu0.r1 → gpu2 (two root ports, one socket). */
function twoLevel() {
  return new DesignBuilder('two-level')
    .container('h', 'node')
    .comp('h/cpu0', 'cpu', 't-cpu-amd', [dn('r0'), dn('r1')])
    .comp('h/swA', 'pcie-switch', 't-switch', [up, dn('d0'), dn('d1')])
    .comp('h/swB', 'pcie-switch', 't-switch', [up, dn('d0')])
    .comp('h/gpu0', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .comp('h/gpu1', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .comp('h/gpu2', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .link('h/cpu0.r0', 'h/swA.up')
    .link('h/swA.d0', 'h/gpu0.p')
    .link('h/swA.d1', 'h/swB.up', { width: 8 })
    .link('h/swB.d0', 'h/gpu1.p')
    .link('h/cpu0.r1', 'h/gpu2.p').design;
}

describe('PCIe classes', () => {
  const f = buildFabric(twoLevel(), testCatalog());
  const m = pathMatrices(f, ['h/gpu0', 'h/gpu1', 'h/gpu2'], { profile: 'raw' });

  it('two switch levels are PXB, different root ports of one socket are NODE', () => {
    expect(m.class).toEqual([
      ['X', 'PXB', 'NODE'],
      ['PXB', 'X', 'NODE'],
      ['NODE', 'NODE', 'X'],
    ]);
  });

  it('the x8 switch-to-switch link is the named bottleneck: 32 × 128/130 × 256/284', () => {
    expect(m.bwGBps[0]![1]).toBeCloseTo(32 * (128 / 130) * (256 / 284), 9);
    expect(m.bottleneck[0]![1]).toBe('h/swA.d1~h/swB.up');
    // two switch hops at the part's 105 ns
    expect(m.hwLatencyNs[0]![1]).toBe(210);
  });

  it('through the root complex: swA 105 + root complex 115 (estimate) = 220 ns', () => {
    expect(m.hwLatencyNs[0]![2]).toBe(220);
    expect(m.p2p[0]![2]).toBe(true); // NODE on an AMD socket stays P2P-capable
  });
});
