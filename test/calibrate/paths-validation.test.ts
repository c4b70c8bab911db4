import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFabric } from '../../src/perf/fabric.js';
import { DesignBuilder, port, testCatalog } from '../support/test-design.js';
import { calibrationFromSamples, fitSamples, type FitSample } from '../../src/calibrate/fit-paths.js';
import type { Measurement } from '../../src/calibrate/measurement.js';
import { parseBandwidthTest } from '../../src/calibrate/logs/bandwidth-test.js';
import { parseP2pBandwidthLatencyTest } from '../../src/calibrate/logs/p2p-bandwidth-latency.js';
import { predictMeasurement } from '../../src/calibrate/predict-paths.js';
import type { Design } from '../../src/model/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/perf/${name}`, import.meta.url), 'utf8');
const F2080 = 'autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt';
const F3090 = 'consumer-rtx3090-pcie-p2p-measured.txt';

/** AutoDL box: two 2080 Ti (Gen3 x16) on one Gen3 switch with a x16 uplink (topo -m PIX, P2P not supported). */
function box2080(): Design {
  return new DesignBuilder('autodl-2x2080ti')
    .container('node0', 'node')
    .comp('node0/cpu0', 'cpu', 't-cpu-spr', [port('pcie0', { role: 'downstream', maxGen: 3 })], 0)
    .comp(
      'node0/pcisw0',
      'pcie-switch',
      't-switch',
      ['up0', 'd0', 'd1'].map((n, i) => port(n, { role: i ? 'downstream' : 'upstream', maxGen: 3 })),
    )
    .comp('node0/gpu0', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 3 })])
    .comp('node0/gpu1', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 3 })])
    .link('node0/cpu0.pcie0', 'node0/pcisw0.up0')
    .link('node0/pcisw0.d0', 'node0/gpu0.pcie')
    .link('node0/pcisw0.d1', 'node0/gpu1.pcie').design;
}

/** club-3090 reference rig (b): two 3090 on Gen4 x16 root ports of one CPU (VM guest; CPU vendor unknown). */
function vm3090(): Design {
  return new DesignBuilder('club3090-vm')
    .container('node0', 'node')
    .comp('node0/cpu0', 'cpu', 't-cpu-amd', [
      port('pcie0', { role: 'downstream', maxGen: 4 }),
      port('pcie1', { role: 'downstream', maxGen: 4 }),
    ])
    .comp('node0/gpu0', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 4 })])
    .comp('node0/gpu1', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 4 })])
    .link('node0/cpu0.pcie0', 'node0/gpu0.pcie')
    .link('node0/cpu0.pcie1', 'node0/gpu1.pcie').design;
}

/** club-3090 community rig (a): GPU1, GPU2 on CPU lanes at x8; GPU0 behind the chipset at x4 effective. */
function rig3090(): Design {
  return new DesignBuilder('club3090-rig')
    .container('node0', 'node')
    .comp(
      'node0/cpu0',
      'cpu',
      't-cpu-amd',
      ['pcie0', 'pcie1', 'pcie2'].map((n) => port(n, { role: 'downstream', maxGen: 4 })),
    )
    .comp('node0/pch', 'pcie-switch', 't-switch', [
      port('up', { role: 'upstream', maxGen: 4 }),
      port('d0', { role: 'downstream', maxGen: 4 }),
    ])
    .comp('node0/gpu0', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 4 })])
    .comp('node0/gpu1', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 4 })])
    .comp('node0/gpu2', 'accelerator', 't-gpu-consumer', [port('pcie', { role: 'upstream', maxGen: 4 })])
    .link('node0/cpu0.pcie0', 'node0/pch.up', { width: 4 })
    .link('node0/pch.d0', 'node0/gpu0.pcie', { width: 8 })
    .link('node0/cpu0.pcie1', 'node0/gpu1.pcie', { width: 8 })
    .link('node0/cpu0.pcie2', 'node0/gpu2.pcie', { width: 8 }).design;
}

const num = (re: RegExp, text: string): number[] => {
  const m = re.exec(text);
  if (!m) throw new Error(`fixture does not match ${re}`);
  return m.slice(1).map(Number);
};

/** The club-3090 file is a markdown write-up: its tables are read here (values verbatim from the fixture). */
function measurements3090(text: string): { rig: Measurement[]; vm: Measurement[] } {
  const mk = (kind: Measurement['kind'], s: number, d: number, p2p: boolean, value: number): Measurement => ({
    tool: 'manual',
    kind,
    srcIndex: s,
    dstIndex: d,
    p2p,
    value,
    sourceFile: F3090,
  });
  const [cpuPair] = num(/\| GPU1 ↔ GPU2 \|[^|]*\| \*\*([\d.]+) GB\/s\*\* \|/, text);
  const [chipsetPair] = num(/\| GPU0 ↔ GPU1\/2 \|[^|]*\| \*\*~([\d.]+) GB\/s\*\* \|/, text);
  const [uniOff, uniOn] = num(/\| Unidirectional \| ([\d.]+) GB\/s \| \*\*([\d.]+) GB\/s\*\* \|/, text);
  const [biOff, biOn] = num(/\| Bidirectional \| ([\d.]+) GB\/s \| \*\*([\d.]+) GB\/s\*\* \|/, text);
  const [latOff, latOn] = num(/\| \*\*Latency\*\* \| ([\d.]+) µs \| \*\*([\d.]+) µs\*\* \|/, text);
  return {
    rig: [mk('p2p-uni', 1, 2, true, cpuPair!), mk('p2p-uni', 0, 1, true, chipsetPair!)],
    vm: [
      mk('p2p-uni', 0, 1, false, uniOff!),
      mk('p2p-uni', 0, 1, true, uniOn!),
      mk('p2p-bidir', 0, 1, false, biOff!),
      mk('p2p-bidir', 0, 1, true, biOn!),
      mk('latency', 0, 1, false, latOff!),
      mk('latency', 0, 1, true, latOn!),
    ],
  };
}

interface Box {
  file: string;
  design: Design;
  devices: string[];
  ms: Measurement[];
}

function boxes(): Box[] {
  const t2080 = fixture(F2080);
  const m2080 = [...parseBandwidthTest(t2080, F2080), ...parseP2pBandwidthLatencyTest(t2080, F2080)];
  const m3090 = measurements3090(fixture(F3090));
  const gpus = (n: number) => Array.from({ length: n }, (_, i) => `node0/gpu${i}`);
  return [
    { file: F2080, design: box2080(), devices: gpus(2), ms: m2080 },
    { file: F3090, design: vm3090(), devices: gpus(2), ms: m3090.vm },
    { file: F3090, design: rig3090(), devices: gpus(3), ms: m3090.rig },
  ];
}

describe('measurement parsers', () => {
  it('reads bandwidthTest and p2pBandwidthLatencyTest from the AutoDL 2080 Ti log', () => {
    const t = fixture(F2080);
    expect(parseBandwidthTest(t, F2080).map((m) => [m.kind, m.value])).toEqual([
      ['h2d', 12.2],
      ['d2h', 13.2],
    ]);
    const p = parseP2pBandwidthLatencyTest(t, F2080);
    // 4 bandwidth matrices + 2 GPU latency matrices, 2 off-diagonal entries each; no pair is P2P-connected
    expect(p).toHaveLength(12);
    expect(p.every((m) => !m.p2p)).toBe(true);
    expect(p.filter((m) => m.kind === 'latency').map((m) => m.value)).toEqual([14.76, 13.95, 14.99, 13.63]);
    expect(p.find((m) => m.kind === 'p2p-uni')!.value).toBe(5.71);
  });
});

describe('leave-one-file-out validation (docs/validation.md)', () => {
  const all = boxes();
  const samplesOf = (b: Box): FitSample[] =>
    fitSamples(buildFabric(b.design, testCatalog()), b.devices, b.ms);

  /** Every prediction with a calibration fitted without its file; key, measured, calibrated, nccl. */
  function loo() {
    const rows: {
      file: string;
      key: string;
      measured: number;
      calibrated: number | null;
      nccl: number | null;
    }[] = [];
    for (const target of new Set(all.map((b) => b.file))) {
      const cal = calibrationFromSamples(all.filter((b) => b.file !== target).flatMap(samplesOf));
      for (const b of all.filter((x) => x.file === target)) {
        const f = buildFabric(b.design, testCatalog(), { calibration: cal });
        for (const s of samplesOf(b)) {
          const has = cal.params[s.key] !== undefined;
          rows.push({
            file: target,
            key: s.key,
            measured: s.measurement.value,
            calibrated: has ? predictMeasurement(f, b.devices, s.measurement, 'calibrated') : null,
            nccl: predictMeasurement(f, b.devices, s.measurement, 'nccl'),
          });
        }
      }
    }
    return rows;
  }

  it('predicts staged copies (uni and bidirectional), host-device bandwidth and latency within 15 %', () => {
    const rows = loo().filter((r) => r.calibrated !== null);
    const err = (r: (typeof rows)[number]) => Math.abs(r.calibrated! - r.measured) / r.measured;
    const within = [...new Set(rows.filter((r) => err(r) <= 0.15).map((r) => r.key))].sort();
    const beyond = [...new Set(rows.filter((r) => err(r) > 0.15).map((r) => r.key))].sort();
    expect(within).toEqual(['appLatencyUs.staged', 'bidirRatio.staged', 'efficiency.staged']);
    expect(beyond).toEqual([]);
  });

  it('staged bidirectional: the 2080 Ti pair shares its switch uplink, so it cannot exceed the unidirectional figure', () => {
    // Both staged copies go up the one Gen3 x16 uplink to the CPU: bidir ≤ 2 × (14.20 / 2) = 14.20 = 1.0 × uni
    // (raw). The 3090 VM's host ratio 16.77 / 11.28 = 1.487 is above that bound, so the prediction is the
    // calibrated uni 5.64 GB/s × 1.0 against 6.12 measured (−7.8 %).
    const gen4 = 32 * (128 / 130) * (256 / 284);
    const gen3 = 16 * (128 / 130) * (256 / 284);
    const row = loo().find((r) => r.file === F2080 && r.key === 'bidirRatio.staged')!;
    expect(row.measured).toBe(6.12);
    expect(row.calibrated).toBeCloseTo((11.28 / gen4) * gen3, 3);
    // The 2080 Ti sample is bounded by the uplink, so it says nothing about the host side: no fit for the 3090.
    expect(loo().find((r) => r.file === F3090 && r.key === 'bidirRatio.staged')!.calibrated).toBeNull();
  });

  it('raw staged bidirectional: a shared uplink halves each copy, separate root ports do not', () => {
    const gen4 = 32 * (128 / 130) * (256 / 284);
    const gen3 = 16 * (128 / 130) * (256 / 284);
    const bidir = (d: Design, m: Measurement) =>
      predictMeasurement(buildFabric(d, testCatalog()), ['node0/gpu0', 'node0/gpu1'], m, 'raw');
    const m: Measurement = {
      tool: 'manual',
      kind: 'p2p-bidir',
      srcIndex: 0,
      dstIndex: 1,
      p2p: false,
      value: 0,
      sourceFile: 'hand',
    };
    expect(bidir(box2080(), m)).toBeCloseTo(gen3, 6); // 14.20, not 2 × 14.20
    expect(bidir(vm3090(), m)).toBeCloseTo(2 * gen4, 6); // 56.80: each GPU has its own root port
  });

  it('staged copy: 3090 fit (11.28 / 28.40) predicts the 2080 Ti 5.71 GB/s from Gen3 x16 raw 14.20 GB/s', () => {
    // raw Gen4 x16 = 32 GB/s × 128/130 × 256/284 = 28.40; Gen3 x16 = 16 × 128/130 × 256/284 = 14.20
    const gen4 = 32 * (128 / 130) * (256 / 284);
    const gen3 = 16 * (128 / 130) * (256 / 284);
    const row = loo().find((r) => r.file === F2080 && r.key === 'efficiency.staged' && r.measured === 5.71)!;
    expect(row.calibrated).toBeCloseTo((11.28 / gen4) * gen3, 3); // 5.64 GB/s, -1.2 %
  });
});
