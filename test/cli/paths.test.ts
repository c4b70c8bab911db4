import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { builtinCatalog } from '../../src/catalog/index.js';
import { importText } from '../../src/io/import/index.js';
import { buildFabric, pathMatrices, selectDevices } from '../../src/perf/index.js';

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const fixture = (name: string) => join('test/fixtures/perf', name);
const BOX = fixture('autodl-2x2080ti.yaml');
const LOG = fixture('autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt');
/** Gen3 x16 raw: 8 GT/s × 16 / 8 = 16 GB/s × 128/130 × 256/(256+20+8). */
const GEN3_X16_RAW = 16 * (128 / 130) * (256 / 284);

/** GPU/NIC rows of an `nvidia-smi topo -m` dump: names and the square class block. */
function topoRows(text: string) {
  const rows = text
    .split('\n')
    .filter((l) => /^(GPU|NIC)\d+\s/.test(l))
    .map((l) => l.trim().split(/\s+/));
  return { names: rows.map((r) => r[0]!), classes: rows.map((r) => r.slice(1, rows.length + 1)) };
}

describe('imported hosts reproduce their own nvidia-smi dump', () => {
  for (const name of ['nvidia-smi-topo-m.txt', 'gcp-a4-highgpu-8g-8xB200-topo.txt']) {
    it(name, () => {
      const text = readFileSync(fixture(name), 'utf8');
      const { design } = importText(text, { catalog: builtinCatalog(), pciIds: null, name });
      const m = pathMatrices(buildFabric(design, builtinCatalog()), selectDevices(design), {
        profile: 'nccl',
      });
      const want = topoRows(text);
      expect(m.devices.map((d) => d.slice(d.lastIndexOf('/') + 1).toUpperCase())).toEqual(want.names);
      expect(m.class).toEqual(want.classes);
    });
  }
});

describe('rackwire paths', () => {
  it('the class matrix of examples/hgx-h100-8.yaml equals the real nvidia-smi topo -m dump (GPU and NIC rows)', async () => {
    expect(await main(['paths', 'examples/hgx-h100-8.yaml', '--matrix', 'class', '--json'])).toBe(0);
    const got = JSON.parse(out);
    const rows = readFileSync(fixture('nvidia-smi-topo-m.txt'), 'utf8')
      .split('\n')
      .filter((l) => /^(GPU|NIC)\d+\s/.test(l))
      .map((l) => l.trim().split(/\s+/));
    expect(got.devices).toEqual(rows.map((r) => `node0/${r[0]!.toLowerCase()}`));
    const want = rows.map((r, i) => r.slice(1, rows.length + 1).map((c, j) => (i === j ? null : c)));
    expect(got.class).toEqual(want);
    expect(got.profile).toBe('nccl');
    // NVLink through the switch planes: 18 links × NCCL's SM90 20.6 GB/s
    expect(got.bwGBps[0][1]).toBeCloseTo(18 * 20.6, 9);
  });

  it('calibrates on a real log, then predicts with the calibrated profile', async () => {
    const cal = join(mkdtempSync(join(tmpdir(), 'rackwire-')), 'cal.yaml');
    expect(await main(['calibrate', BOX, LOG, '-o', cal, '--json'])).toBe(0);
    const fitted = JSON.parse(out).calibration.params;
    // staged copies: median of 5.71, 5.70, 5.72, 5.72 over the Gen3 x16 raw figure
    expect(fitted['efficiency.staged'].value).toBeCloseTo(5.715 / GEN3_X16_RAW, 4);
    out = '';
    expect(await main(['paths', BOX, '--matrix', 'bw', '--calibration', cal, '--json'])).toBe(0);
    const m = JSON.parse(out);
    expect(m.profile).toBe('calibrated');
    expect(m.p2p[0][1]).toBe(false);
    expect(m.p2pReason[0][1]).toBe('gpu-not-supported');
    expect(m.bwGBps[0][1]).toBeCloseTo(5.715, 2);
    out = '';
    expect(await main(['paths', BOX, '--host', '--calibration', cal, '--json'])).toBe(0);
    expect(JSON.parse(out).host[0].h2dGBps).toBeCloseTo(12.2, 2);
  });

  it('a missing or malformed calibration file is a located issue and exit 1, not a crash', async () => {
    const missing = fixture('no-such.yaml');
    expect(await main(['paths', BOX, '--calibration', missing, '--json'])).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, issues: [{ code: 'file-not-found', file: missing }] });
    out = '';
    const bad = join(mkdtempSync(join(tmpdir(), 'rackwire-')), 'bad.yaml');
    writeFileSync(bad, 'calibrationVersion: 1\nparams: [\n');
    expect(await main(['paths', BOX, '--calibration', bad, '--json'])).toBe(1);
    const issue = (JSON.parse(out) as { issues: { severity: string; file: string; line: number | null }[] })
      .issues[0]!;
    expect(issue).toMatchObject({ severity: 'error', file: bad });
    expect(issue.line).toBeGreaterThan(0);
    out = '';
    // collective reads calibration files through the same reader
    expect(
      await main([
        'collective',
        BOX,
        '--op',
        'all_reduce',
        '--bytes',
        '1M',
        '--calibration',
        missing,
        '--json',
      ]),
    ).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, issues: [{ code: 'file-not-found', file: missing }] });
    out = '';
    expect(await main(['calibrate', BOX, fixture('no-such.txt'), '--json'])).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      issues: [{ code: 'file-not-found', file: fixture('no-such.txt') }],
    });
  });

  it('an unknown --devices class is a usage error (exit 2)', async () => {
    expect(await main(['paths', BOX, '--devices', 'gpu,fpga', '--json'])).toBe(2);
    expect(JSON.parse(out)).toMatchObject({ ok: false, issues: [{ code: 'usage', path: '--devices' }] });
    expect(JSON.parse(out).issues[0].message).toMatch(/fpga/);
  });

  it('reports an unknown device as one JSON object and exit 1', async () => {
    expect(await main(['paths', BOX, '--explain', 'gpu0', 'gpu9', '--json'])).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, issues: [{ code: 'perf-unknown-device' }] });
  });
});
