import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFabric } from './fabric.js';
import { pathMatrices } from './matrices.js';
import { selectDevices } from './devices.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';
import { addHgxHost } from '../../test/support/hgx-test-design.js';
import { explainPath } from './explain.js';

/** Gen5 x16 raw: 32 GT/s × 16 lanes / 8 = 64 GB/s × 128/130 coding × 256/(256+20+8) TLP+DLLP at 256 B MPS. */
const GEN5_X16_RAW = 64 * (128 / 130) * (256 / 284);

/** Two GPUs and a NIC behind one Gen5 switch on socket 0; a third GPU on socket 1 (issue #5 hand-computed case). */
function smallDesign() {
  const b = new DesignBuilder('small')
    .container('node0', 'node')
    .comp(
      'node0/cpu0',
      'cpu',
      't-cpu-spr',
      [port('pcie0', { role: 'downstream' }), port('upi', { protocol: 'upi', lanes: 40, maxGen: 2 })],
      0,
    )
    .comp(
      'node0/cpu1',
      'cpu',
      't-cpu-spr',
      [port('pcie0', { role: 'downstream' }), port('upi', { protocol: 'upi', lanes: 40, maxGen: 2 })],
      1,
    )
    .comp('node0/pcisw0', 'pcie-switch', 't-switch', [
      port('up0', { role: 'upstream' }),
      port('d0', { role: 'downstream' }),
      port('d1', { role: 'downstream' }),
      port('d2', { role: 'downstream' }),
    ])
    .comp('node0/gpu0', 'accelerator', 't-gpu', [port('pcie', { role: 'upstream' })], 0)
    .comp('node0/gpu1', 'accelerator', 't-gpu', [port('pcie', { role: 'upstream' })], 0)
    .comp('node0/gpu2', 'accelerator', 't-gpu', [port('pcie', { role: 'upstream' })], 1)
    .comp('node0/nic0', 'nic', 't-nic', [port('pcie', { role: 'upstream' })], 0)
    .link('node0/cpu0.pcie0', 'node0/pcisw0.up0')
    .link('node0/pcisw0.d0', 'node0/gpu0.pcie')
    .link('node0/pcisw0.d1', 'node0/gpu1.pcie')
    .link('node0/pcisw0.d2', 'node0/nic0.pcie')
    .link('node0/cpu1.pcie0', 'node0/gpu2.pcie')
    .link('node0/cpu0.upi', 'node0/cpu1.upi', { protocol: 'upi', width: 40 });
  return b.design;
}

describe('GPUDirect RDMA needs the GPU to support it', () => {
  it('a GeForce-class GPU (no P2P) beside a NIC on one switch: PIX, but no GDR (NCCL gdrSupport)', () => {
    const d = new DesignBuilder('consumer-nic')
      .container('node0', 'node')
      .comp('node0/cpu0', 'cpu', 't-cpu-spr', [port('pcie0', { role: 'downstream' })], 0)
      .comp('node0/pcisw0', 'pcie-switch', 't-switch', [
        port('up0', { role: 'upstream' }),
        port('d0', { role: 'downstream' }),
        port('d1', { role: 'downstream' }),
      ])
      .comp('node0/gpu0', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream' })], 0)
      .comp('node0/nic0', 'nic', 't-nic', [port('pcie', { role: 'upstream' })], 0)
      .link('node0/cpu0.pcie0', 'node0/pcisw0.up0')
      .link('node0/pcisw0.d0', 'node0/gpu0.pcie')
      .link('node0/pcisw0.d1', 'node0/nic0.pcie').design;
    const m = pathMatrices(buildFabric(d, testCatalog()), ['node0/gpu0', 'node0/nic0'], { profile: 'raw' });
    expect(m.class[0]![1]).toBe('PIX');
    expect(m.p2p[0]![1]).toBe(false);
    expect(m.p2pReason[0]![1]).toBe('gpu-not-supported');
    expect(m.p2pReason[1]![0]).toBe('gpu-not-supported');
  });
});

describe('pathMatrices on a hand-computed design', () => {
  const f = buildFabric(smallDesign(), testCatalog());
  const devs = selectDevices(f.ix.design);
  const raw = pathMatrices(f, devs, { profile: 'raw' });
  const nccl = pathMatrices(f, devs, { profile: 'nccl' });
  const at = (id: string) => devs.indexOf(id);
  const [g0, g1, g2, n0] = ['node0/gpu0', 'node0/gpu1', 'node0/gpu2', 'node0/nic0'].map(at) as [
    number,
    number,
    number,
    number,
  ];

  it('classes and P2P follow the PCIe tree', () => {
    expect(raw.devices).toEqual(['node0/gpu0', 'node0/gpu1', 'node0/gpu2', 'node0/nic0']);
    expect(raw.class).toEqual([
      ['X', 'PIX', 'SYS', 'PIX'],
      ['PIX', 'X', 'SYS', 'PIX'],
      ['SYS', 'SYS', 'X', 'SYS'],
      ['PIX', 'PIX', 'SYS', 'X'],
    ]);
    expect(raw.p2p[g0]![g1]).toBe(true);
    expect(raw.p2p[g0]![g2]).toBe(false);
    expect(raw.p2pReason[g0]![g2]).toBe('across-sockets');
    expect(raw.p2pReason[g0]![n0]).toBe('gdr');
  });

  it('same-switch P2P: raw is the Gen5 x16 TLP arithmetic, nccl is 16 lanes × 240/80', () => {
    expect(raw.bwGBps[g0]![g1]).toBeCloseTo(GEN5_X16_RAW, 6); // 56.80 GB/s
    expect(raw.bwGBps[g0]![g1]).toBeCloseTo(56.802, 2);
    expect(raw.bidirGBps[g0]![g1]).toBeCloseTo(2 * GEN5_X16_RAW, 6);
    expect(nccl.bwGBps[g0]![g1]).toBeCloseTo(48, 9); // 16 × 3 GB/s
    // one switch hop: the part states 105 ns; links add nothing
    expect(raw.hwLatencyNs[g0]![g1]).toBe(105);
  });

  it('across sockets the copy is staged through host memory and UPI bounds the nccl figure', () => {
    // raw: min(x16 up to cpu0, UPI 2 × 40 GB/s, x16 down from cpu1) = the x16 figure
    expect(raw.bwGBps[g0]![g2]).toBeCloseTo(GEN5_X16_RAW, 6);
    // nccl: min(48, SPR inter-socket 22, 48) = 22
    expect(nccl.bwGBps[g0]![g2]).toBe(22);
    // latency: switch 105 + cpu0 root complex 115 (est.) + UPI hop 60 (est.) + cpu1 root complex 115 = 395 ns
    expect(raw.hwLatencyNs[g0]![g2]).toBe(395);
    expect(raw.bottleneck[g0]![g2]).toBe('node0/pcisw0.d0~node0/gpu0.pcie');
  });

  it('explains the staged path hop by hop, flagging the NCCL bottleneck (UPI at 22 GB/s)', () => {
    const e = explainPath(f, 'node0/gpu0', 'node0/gpu2', 'nccl');
    expect(e.staged).toBe(true);
    expect(e.hops.map((h) => `${h.from}>${h.to}`)).toEqual([
      'node0/gpu0>node0/pcisw0',
      'node0/pcisw0>node0/cpu0',
      'node0/cpu0>node0/cpu1',
      'node0/cpu1>node0/gpu2',
    ]);
    expect(e.hops.filter((h) => h.isBottleneck).map((h) => h.protocol)).toEqual(['upi']);
    expect(e.bwGBps).toBe(22);
  });
});

/** Parses the GPU/NIC rows of an `nvidia-smi topo -m` dump into a square class matrix. */
function parseTopoM(text: string): { names: string[]; classes: string[][] } {
  const rows = text.split('\n').filter((l) => /^(GPU|NIC)\d+\s/.test(l));
  const names = rows.map((r) => r.split(/\s+/)[0]!);
  const classes = rows.map((r) =>
    r
      .trim()
      .split(/\s+/)
      .slice(1, names.length + 1),
  );
  return { names, classes };
}

describe('DGX-H100-class host against the real nvidia-smi topo -m dump', () => {
  it('reproduces every GPU and NIC row of test/fixtures/perf/nvidia-smi-topo-m.txt', () => {
    const text = readFileSync(
      new URL('../../test/fixtures/perf/nvidia-smi-topo-m.txt', import.meta.url),
      'utf8',
    );
    const want = parseTopoM(text);
    const b = new DesignBuilder('hgx');
    addHgxHost(b, 'node0');
    const f = buildFabric(b.design, testCatalog());
    const m = pathMatrices(f, selectDevices(b.design), { profile: 'nccl' });
    expect(m.devices.map((d) => d.split('/')[1]!.toUpperCase())).toEqual(want.names);
    expect(m.class).toEqual(want.classes);
  });

  it('NVLink through 4 switch planes: 18 links × 25 GB/s raw, × 20.6 nccl', () => {
    const b = new DesignBuilder('hgx');
    addHgxHost(b, 'node0');
    const f = buildFabric(b.design, testCatalog());
    const m = pathMatrices(f, ['node0/gpu0', 'node0/gpu5'], { profile: 'raw' });
    expect(m.bwGBps[0]![1]).toBe(450);
    expect(pathMatrices(f, ['node0/gpu0', 'node0/gpu5'], { profile: 'nccl' }).bwGBps[0]![1]).toBeCloseTo(
      18 * 20.6,
      9,
    );
    expect(f.route('node0/gpu0', 'node0/gpu5').map((l) => f.directedLinks[l]!.protocol)).toEqual([
      'nvlink',
      'nvlink',
    ]);
  });
});
