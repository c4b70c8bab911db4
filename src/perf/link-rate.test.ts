import { describe, it, expect } from 'vitest';
import { buildFabric } from './fabric.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';
import type { Part } from '../catalog/index.js';

/** Capacity per direction of the single link a→b of a two-component design. */
function cap(build: (b: DesignBuilder) => DesignBuilder, parts: Part[] = []) {
  const d = build(new DesignBuilder('one-link')).design;
  const base = testCatalog();
  const catalog = { ...base, parts: [...base.parts, ...parts] };
  const f = buildFabric(d, catalog);
  return f.directedLinks[0]!.capacityGBps;
}

const pcieLink =
  (gen: number, width = 16) =>
  (b: DesignBuilder) =>
    b
      .comp('cpu0', 'cpu', 't-cpu-amd', [port('p', { role: 'downstream', maxGen: gen })])
      .comp('gpu0', 'accelerator', 't-gpu', [port('p', { role: 'upstream', maxGen: gen })])
      .link('cpu0.p', 'gpu0.p', { width });

describe('linkRate', () => {
  it('Gen6 x16 FLIT: 64 GT/s × 16 / 8 × 236/256 flit share × 256/(256+16) header share', () => {
    const c = cap(pcieLink(6));
    expect(c.raw).toBeCloseTo(128 * (236 / 256) * (256 / 272), 9); // 111.06 GB/s
    expect(c.nccl).toBe(96); // 16 lanes × 480/80
  });

  it('Gen4 x8: 16 GT/s × 8 / 8 × 128/130 × 256/284', () => {
    const c = cap(pcieLink(4, 8));
    expect(c.raw).toBeCloseTo(16 * (128 / 130) * (256 / 284), 9); // 14.20 GB/s
    expect(c.nccl).toBe(12); // 8 × 120/80
  });

  it('a 128 B max payload stated by a part lowers the TLP efficiency to 128/(128+28)', () => {
    const small: Part = {
      ...testCatalog().parts.find((p) => p.id === 't-gpu')!,
      id: 't-gpu-mps128',
      props: { maxPayloadBytes: 128 },
    };
    const c = cap(
      (b) =>
        b
          .comp('cpu0', 'cpu', 't-cpu-amd', [port('p', { role: 'downstream' })])
          .comp('gpu0', 'accelerator', 't-gpu-mps128', [port('p', { role: 'upstream' })])
          .link('cpu0.p', 'gpu0.p'),
      [small],
    );
    expect(c.raw).toBeCloseTo(64 * (128 / 130) * (128 / 156), 9);
  });

  it('400G Ethernet (4 × 100G) carries RoCEv2: 50 GB/s × 4096/(4096+44+38)', () => {
    const c = cap((b) =>
      b
        .comp('nic0', 'nic', 't-nic', [
          port('e', { protocol: 'ethernet', lanes: 4, maxGen: null, laneRateGbps: 100 }),
        ])
        .comp('sw0', 'ethernet-switch', 't-ethsw', [
          port('e', { protocol: 'ethernet', lanes: 4, maxGen: null, laneRateGbps: 100 }),
        ])
        .link('nic0.e', 'sw0.e', { protocol: 'ethernet', width: 4, laneRateGbps: 100 }),
    );
    expect(c.raw).toBeCloseTo(50 * (4096 / 4178), 9); // 49.02 GB/s
    expect(c.nccl).toBe(50); // NIC speed / 8
  });

  it('NVLink 4 bundle of 5 links (10 lanes): 5 × 25 raw, 5 × 20.6 nccl', () => {
    const c = cap((b) =>
      b
        .comp('gpu0', 'accelerator', 't-gpu', [port('n', { protocol: 'nvlink', lanes: 36, maxGen: 4 })])
        .comp('sw0', 'nvlink-switch', 't-nvswitch', [
          port('n', { protocol: 'nvlink', lanes: 128, maxGen: 4 }),
        ])
        .link('gpu0.n', 'sw0.n', { protocol: 'nvlink', width: 10 }),
    );
    expect(c.raw).toBe(125);
    expect(c.nccl).toBeCloseTo(103, 9);
  });

  it('UPI without a generation: the only catalog standard (Xeon 6, 24 GT/s) is assumed, flagged and located', () => {
    const d = new DesignBuilder('upi')
      .comp('cpu0', 'cpu', 't-cpu-spr', [port('u', { protocol: 'upi', lanes: 20, maxGen: null })])
      .comp('cpu1', 'cpu', 't-cpu-spr', [port('u', { protocol: 'upi', lanes: 20, maxGen: null })])
      .link('cpu0.u', 'cpu1.u', { protocol: 'upi', width: 20 }).design;
    const f = buildFabric(d, testCatalog());
    const dl = f.directedLinks[0]!;
    expect(dl.capacityGBps.raw).toBe(60); // 24 GT/s / 8 = 3 GB/s per lane × 20 lanes × coding 1
    expect(dl.factors[0]!.estimate).toMatch(/upi2-xeon6 assumed/);
    const issue = f.issues.find((i) => i.code === 'perf-standard-assumed')!;
    expect(issue.modelPath).toBe('links[0]'); // the index form io's locator maps to file:line:column
  });
});
