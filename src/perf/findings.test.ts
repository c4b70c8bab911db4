import { describe, it, expect } from 'vitest';
import { buildFabric } from './fabric.js';
import { designFindings } from './findings.js';
import { memoryTiers } from './memory.js';
import { explainPath } from './explain.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';
import { addHgxHost } from '../../test/support/hgx-test-design.js';
import type { Part } from '../catalog/index.js';

const gen5x16 = 64 * (128 / 130) * (256 / 284);

/** Two GPUs and one NIC under one switch with a x16 uplink; a third GPU behind a chipset. */
function shared() {
  return new DesignBuilder('shared-nic')
    .container('h', 'node')
    .comp(
      'h/cpu0',
      'cpu',
      't-cpu-amd',
      ['r0', 'r1'].map((n) => port(n, { role: 'downstream' })),
    )
    .comp('h/sw', 'pcie-switch', 't-switch', [
      port('up', { role: 'upstream' }),
      ...['a', 'b', 'c'].map((n) => port(n, { role: 'downstream' })),
    ])
    .comp('h/pch', 'pcie-switch', 't-chipset', [
      port('up', { role: 'upstream' }),
      port('a', { role: 'downstream' }),
    ])
    .comp('h/gpu0', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .comp('h/gpu1', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .comp('h/gpu2', 'accelerator', 't-gpu', [port('p', { role: 'upstream' })])
    .comp('h/nic0', 'nic', 't-nic', [port('p', { role: 'upstream' })])
    .link('h/cpu0.r0', 'h/sw.up')
    .link('h/sw.a', 'h/gpu0.p')
    .link('h/sw.b', 'h/gpu1.p')
    .link('h/sw.c', 'h/nic0.p')
    .link('h/cpu0.r1', 'h/pch.up', { width: 4 })
    .link('h/pch.a', 'h/gpu2.p', { width: 4 }).design;
}

describe('designFindings', () => {
  it('flags shared NICs, a GPU far from any NIC, the chipset, a narrow slot and 3:1 oversubscription', () => {
    const f = buildFabric(shared(), testCatalog());
    const r = designFindings(f);
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual([
      'perf-device-behind-chipset',
      'perf-device-narrow-link',
      'perf-gpu-nic-affinity',
      'perf-nic-shared',
      'perf-switch-oversubscribed',
    ]);
    expect(r.affinity.map((a) => a.class)).toEqual(['PIX', 'PIX', 'NODE']);
    // switch: three x16 downstream links over one x16 uplink
    expect(r.oversubscription.find((o) => o.switch === 'h/sw')!.ratio).toBeCloseTo(3, 9);
    // P2P through the chipset is disabled
    expect(explainPath(f, 'h/gpu0', 'h/gpu2', 'raw').p2pReason).toBe('chipset');
  });

  it('reports a link the physical check trained below its design', () => {
    const d = shared();
    const trained = new Map([['h/sw.a~h/gpu0.p', { gen: 4, width: 16 }]]);
    const r = designFindings(buildFabric(d, testCatalog(), { trained }), trained);
    expect(r.issues.filter((i) => i.code === 'perf-link-downtrained').map((i) => i.message)).toEqual([
      'link h/sw.a~h/gpu0.p runs Gen4 x16, designed Gen5 x16',
    ]);
  });

  it('HGX: 18 × 25 GB/s per GPU and a bisection of 4 × 450 GB/s', () => {
    const b = new DesignBuilder('hgx');
    addHgxHost(b, 'node0');
    const r = designFindings(buildFabric(b.design, testCatalog()));
    expect(r.scaleUp.map((s) => s.rawGBps)).toEqual(new Array(8).fill(450));
    expect(r.bisection).toHaveLength(1);
    expect(r.bisection[0]!.rawGBps).toBe(4 * 450);
    expect(r.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});

describe('memoryTiers', () => {
  const expander: Part = {
    id: 't-cxl',
    kind: 'cxl-memory',
    vendor: 'Test',
    name: 'expander',
    ports: [],
    powerW: null,
    latencyNs: null,
    memoryGB: 512,
    memoryBandwidthGBps: 76.8,
    source: 'test part',
  };
  const cxlPort = () => port('p', { protocol: 'cxl', role: 'upstream' });
  /** h0 has a direct expander; h0 and h1 share a pooled expander behind a two-upstream-port switch. */
  function pool() {
    return new DesignBuilder('pool')
      .container('h0', 'node')
      .container('h1', 'node')
      .comp(
        'h0/cpu0',
        'cpu',
        't-cpu-amd',
        ['r0', 'r1'].map((n) => port(n, { role: 'downstream' })),
      )
      .comp('h1/cpu0', 'cpu', 't-cpu-amd', [port('r0', { role: 'downstream' })])
      .comp('h0/cxl0', 'cxl-memory', 't-cxl', [cxlPort()])
      .comp('cxlsw', 'pcie-switch', 't-switch', [
        port('u0', { role: 'upstream' }),
        port('u1', { role: 'upstream' }),
        port('d0', { role: 'downstream' }),
      ])
      .comp('pool0', 'cxl-memory', 't-cxl', [cxlPort()])
      .link('h0/cpu0.r0', 'h0/cxl0.p', { protocol: 'cxl' })
      .link('h0/cpu0.r1', 'cxlsw.u0', { protocol: 'cxl' })
      .link('h1/cpu0.r0', 'cxlsw.u1', { protocol: 'cxl' })
      .link('cxlsw.d0', 'pool0.p', { protocol: 'cxl' }).design;
  }

  it('direct and pooled tiers with shares, bandwidth and latency from the catalog', () => {
    const base = testCatalog();
    const m = memoryTiers(buildFabric(pool(), { ...base, parts: [...base.parts, expander] }));
    const h0 = m.sockets.find((s) => s.cpu === 'h0/cpu0')!;
    const direct = h0.tiers.find((t) => t.tier === 'cxl-direct')!;
    const pooled = h0.tiers.find((t) => t.tier === 'cxl-pooled')!;
    // 76.8 GB/s DRAM × 0.46 CXL read efficiency = 35.3 GB/s, below the Gen5 x16 link
    expect(direct.bwGBps).toBeCloseTo(76.8 * 0.46, 9);
    expect(direct.latencyNs).toBe(250);
    expect(pooled).toMatchObject({ component: 'pool0', sharers: 2, shareGB: 256, latencyNs: 250 + 80 });
    expect(gen5x16).toBeGreaterThan(direct.bwGBps!);
  });
});
