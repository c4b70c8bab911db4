import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
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
});
