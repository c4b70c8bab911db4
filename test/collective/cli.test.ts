import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

type Fit = { calibration: { params: Record<string, { value: number }> } };

/** `rackwire calibrate ARGS... --json`: exit code and the fitted parameters. */
async function calibrate(...args: string[]): Promise<{ code: number; params: Fit['calibration']['params'] }> {
  const r = await runCli(['calibrate', ...args, '--json']);
  return { code: r.code, params: r.code === 0 ? (JSON.parse(r.stdout) as Fit).calibration.params : {} };
}

describe('rackwire collective', () => {
  it('prints the nccl-tests table with the routing default and placement stated', async () => {
    const r = await runCli(['collective', 'builtin:hgx-b200-8', '--op', 'all_reduce', '--bytes', '1G']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('routing ecmp');
    expect(r.stdout).toContain(
      '#       size         count      type   redop    root     time   algbw   busbw  algo',
    );
    // 1 GiB = 1073741824 B, 268435456 floats; NVLS chosen on the NVLink 5 switch
    expect(r.stdout).toMatch(/^ {2}1073741824 {5}268435456 {5}float {5}sum {6}-1 .* nvls\/simple$/m);
  });

  it('--json is exactly { ok, issues, op, algo, ranks, results[{ bytes, count, algo, timeUs, algbwGBps, busbwGBps }] }', async () => {
    const r = await runCli([
      'collective',
      'builtin:mi300x-8',
      '--op',
      'all_gather',
      '--ranks',
      '4',
      '--min-bytes',
      '1M',
      '--max-bytes',
      '4M',
      '--step-factor',
      '2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & { results: Record<string, unknown>[] };
    expect(Object.keys(j)).toEqual(['ok', 'issues', 'op', 'algo', 'ranks', 'results']);
    expect(j).toMatchObject({ op: 'all_gather', algo: 'auto', ranks: 4 });
    expect(j.results.map((x) => x.bytes)).toEqual([1048576, 2097152, 4194304]);
    // all_gather count is per rank: 1 MiB / 4 ranks / 4 B
    expect(j.results[0]).toMatchObject({ count: 65536, algo: 'ring' });
    expect(Object.keys(j.results[0]!)).toEqual([
      'bytes',
      'count',
      'algo',
      'timeUs',
      'algbwGBps',
      'busbwGBps',
    ]);
  });

  it('--explain names bottleneck links and splits latency and bandwidth', async () => {
    const r = await runCli([
      'collective',
      'builtin:hgx-h100-8',
      '--op',
      'all_reduce',
      '--algo',
      'ring',
      '--bytes',
      '8G',
      '--explain',
    ]);
    expect(r.stdout).toContain('latency');
    expect(r.stdout).toContain('bottleneck node0/gpu0>node0/nvsw0:nvlink');
  });

  it('applies a calibration file (calibrated profile, fitted software latency)', async () => {
    const args = [
      'collective',
      'builtin:hgx-h200-8',
      '--op',
      'all_reduce',
      '--algo',
      'ring',
      '--bytes',
      '8G',
      '--json',
    ];
    const plain = JSON.parse((await runCli(args)).stdout) as { results: { busbwGBps: number }[] };
    const cal = JSON.parse(
      (await runCli([...args, '--calibration', 'calibrations/collectives.yaml'])).stdout,
    ) as typeof plain;
    // nccl profile 370.8 GB/s; calibrated: NVLink gen4 x 18 x 25 GB/s raw x 0.8116 = 365.2 GB/s
    expect(plain.results[0]!.busbwGBps).toBeGreaterThan(369);
    expect(cal.results[0]!.busbwGBps).toBeGreaterThan(363);
    expect(cal.results[0]!.busbwGBps).toBeLessThan(365.3);
  });

  it('a calibration file with the old per-collective latency key gets a warning naming the new key', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'rackwire-')), 'old.yaml');
    writeFileSync(
      file,
      'calibrationVersion: 1\nparams:\n  collective.latencyUs.scaleup: { value: 12, unit: us, fittedFrom: [x], samples: 1 }\n',
    );
    const r = await runCli([
      'collective',
      'builtin:hgx-h200-8',
      '--op',
      'all_reduce',
      '--bytes',
      '1M',
      '--calibration',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain('collective.stepLatencyUs.scaleup');
  });

  it('NVLS on a design without in-network reduction: one JSON error issue, exit 1', async () => {
    const r = await runCli([
      'collective',
      'builtin:pcie-l40s-8',
      '--op',
      'all_reduce',
      '--algo',
      'nvls',
      '--bytes',
      '1M',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, issues: [{ code: 'sim-no-nvls' }] });
  });

  it('an unknown rank id is exit 1; a missing --op is a usage error (exit 2)', async () => {
    const bad = await runCli([
      'collective',
      'builtin:hgx-h100-8',
      '--op',
      'all_reduce',
      '--ranks',
      'node0/gpu0,nope',
    ]);
    expect(bad.code).toBe(1);
    expect((await runCli(['collective', 'builtin:hgx-h100-8'])).code).toBe(2);
  });

  it('calibrate recognises nccl-tests logs and fits collective parameters', async () => {
    const r = await calibrate(
      'builtin:mi300x-8',
      'test/fixtures/collective/amd-mi300x-1node-8gpu-rccl-allreduce.txt',
    );
    expect(r.code).toBe(0);
    // 315.69 GB/s measured / (7 links' worth of rings x 64 GB/s raw xGMI = 448, less the small latency share at
    // 8 GiB: 14 ring steps x 3.4 us + 8.4 us base = 56 us of 47.6 ms, so the raw prediction is 447.47 GB/s)
    expect(r.params['collective.efficiency.infinity-fabric']!.value).toBeCloseTo(315.69 / 447.47, 3);
  });

  it('calibrate maps nccl-tests ranks through --rank-order: one GPU per node fits the NIC link, not NVLink', async () => {
    const args = [
      'test/fixtures/collective/gcp-a3ultra-2node-h200.yaml',
      'test/fixtures/collective/gcp-a3ultra-2node-1xH200-all_reduce-nccl-tests.txt',
    ];
    const mapped = await calibrate(...args, '--rank-order', 'node0/gpu0,node1/gpu0');
    // 31.89 GB/s over one 400G NIC per rank (raw 48.94 GB/s, ring of 2 ranks): 0.65 of raw
    expect(Object.keys(mapped.params)).toContain('collective.efficiency.ethernet');
    expect(mapped.params['collective.efficiency.ethernet']!.value).toBeCloseTo(31.89 / 48.94, 1);
    // without the order the 2 ranks would be node0's first two GPUs, on NVLink: a wrong class
    const unmapped = await calibrate(...args);
    expect(Object.keys(unmapped.params)).not.toContain('collective.efficiency.ethernet');
    const short = await runCli(['calibrate', ...args, '--json', '--rank-order', 'node0/gpu0']);
    expect(short.code).toBe(1);
    expect(short.stdout).toContain('calibration-rank-order-short');
  });

  it('calibrate on a sendrecv log that forced NCCL_ALGO=RING fits the GDR-off Ethernet class (RING ignored)', async () => {
    const r = await calibrate(
      'test/fixtures/collective/moc-2node-h100-roce.yaml',
      'test/fixtures/collective/moc-2node-1xH100-each-roce-sendrecv.log.txt',
    );
    expect(r.code).toBe(0);
    // 13.96 GB/s over a 400G NIC with GDR off (raw 48.97 GB/s per direction): 0.285
    expect(r.params['collective.efficiency.ethernet.host-staged']!.value).toBeCloseTo(13.96 / 48.97, 2);
  });
});
