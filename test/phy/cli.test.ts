import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { loadDesign } from '../../src/io/index.js';
import { analyzePhysical } from '../../src/phy/index.js';

const FIXTURE = 'test/fixtures/phy/long-gen5-fr4.yaml';
const LINK = 'node0/cpu0.p0~node0/nic0.pcie';

describe('rackwire phy', () => {
  it('place-retimers proposes one retimer 224 mm along the trace and writes a design that passes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rackwire-phy-')), 'fixed.yaml');
    const r = await runCli(['phy', 'place-retimers', FIXTURE, '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      proposals: { count: number; part: string; cuts: { atMm: number }[] }[];
    };
    // (40.735 / 2 − 9 dB package) / 1.289 dB/in = 8.819 in = 224.0 mm
    expect(json.proposals).toEqual([
      expect.objectContaining({
        count: 1,
        part: 'astera-aries-gen5',
        cuts: [expect.objectContaining({ atMm: 224 })],
      }),
    ]);
    expect(readFileSync(out, 'utf8')).toContain('device: node0/rt0');
    const fixed = loadDesign(out);
    expect(fixed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(analyzePhysical(fixed.design!, fixed.catalog).links[0]).toMatchObject({
      verdict: 'pass',
      trainedGen: 5,
      retimersPresent: 1,
    });
  });

  it('waterfall writes an SVG with the budget line; an unknown link is exit 1 with one JSON object', async () => {
    const ok = await runCli(['phy', 'waterfall', FIXTURE, '--link', LINK, '--json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { svg: string }).svg).toContain('budget 36 dB');
    const bad = await runCli(['phy', 'waterfall', FIXTURE, '--link', 'nope', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ code: 'phy-link-not-found' })],
    });
  });

  it('cables keeps the 2 m DAC of the rack example (lowest power that reaches) and rejects a bad --prefer', async () => {
    const r = await runCli(['phy', 'cables', 'builtin:rack-4x-hgx', '--json']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { cables: { current: string; recommended: string }[] }).cables;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((c) => c.recommended === c.current)).toBe(true);
    expect((await runCli(['phy', 'cables', 'builtin:rack-4x-hgx', '--prefer', 'cheap'])).code).toBe(2);
  });

  it('check --json adds the exact links entry; down-training fails the check (exit 1) unless allowed', async () => {
    const r = await runCli(['check', FIXTURE, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; links: Record<string, unknown>[] };
    // 9 + 15 × 1.289 + 2 × 0.7 + 1.5 + 9.5 = 40.735 dB against 36 dB; Gen4 passes (26.19 ≤ 28)
    expect(json.links).toEqual([
      {
        id: LINK,
        protocol: 'pcie',
        gen: 5,
        width: 16,
        lossDb: expect.closeTo(40.74, 2),
        budgetDb: 36,
        marginDb: -4.74, // 36.00 − 40.74, as printed (the exact −4.735 is a rounding tie)
        retimersNeeded: 1,
        retimersPresent: 0,
        trainedGen: 4,
        trainedWidth: 16,
        verdict: 'fail',
        dominant: 'trace fr4 381 mm',
      },
    ]);
    expect(json.ok).toBe(false);
    const allowed = await runCli(['check', FIXTURE, '--json', '--allow', 'downtrain']);
    expect(allowed.code).toBe(0);
    expect((JSON.parse(allowed.stdout) as { ok: boolean }).ok).toBe(true);
  });

  it('a design that does not load still prints every key of the command, as null, and exits 1', async () => {
    const cases: [string[], Record<string, null>][] = [
      [['place-retimers', 'nope.yaml'], { proposals: null, output: null }],
      [['waterfall', 'nope.yaml', '--link', 'x'], { output: null, svg: null }],
      [['cables', 'nope.yaml'], { cables: null }],
    ];
    for (const [args, keys] of cases) {
      const r = await runCli(['phy', ...args, '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, ...keys });
    }
  });

  it('an output file that cannot be written is an error issue in the one JSON object, exit 1', async () => {
    const r = await runCli([
      'phy',
      'waterfall',
      FIXTURE,
      '--link',
      LINK,
      '-o',
      '/nonexistent-dir/x.svg',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      output: null,
      issues: [expect.objectContaining({ code: 'output-write-failed' })],
    });
  });
});
