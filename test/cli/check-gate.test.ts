import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const LONG = 'test/fixtures/phy/long-gen5-fr4.yaml'; // Gen5 link trains at Gen4 (warning only)
const LOW = 'test/fixtures/phy/low-margin-gen5-fr4.yaml'; // passes the budget, under the margin (warning)
const CABLED = 'test/fixtures/phy/cabled-gen6.yaml'; // one down-trains, one does not train, one passes

describe('check gates CI through its exit code', () => {
  it('a link that trains below its declared generation fails the check (exit 1) though no issue is an error', async () => {
    const r = await runCli(['check', LONG]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0 errors, 1 warning');
    expect(r.stdout).toContain('check fails: 1 link fails at the declared generation');
  });

  it('--allow downtrain accepts it (exit 0); a link that trains at no generation still fails', async () => {
    expect((await runCli(['check', LONG, '--allow', 'downtrain'])).code).toBe(0);
    const r = await runCli(['check', CABLED, '--allow', 'downtrain']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 link fails (no generation trains)');
  });

  it('--fail-on warn fails on a warning alone; the default does not', async () => {
    expect((await runCli(['check', LOW])).code).toBe(0);
    const r = await runCli(['check', LOW, '--fail-on', 'warn']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('check fails: 1 warning (--fail-on warn)');
  });

  it('--json: ok is false exactly when the exit code is 1, with the reasons', async () => {
    const r = await runCli(['check', LONG, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as {
      ok: boolean;
      gate: { reasons: string[] };
      links: { verdict: string }[];
    };
    expect(j.ok).toBe(false);
    expect(j.gate.reasons).toEqual(['1 link fails at the declared generation']);
    expect(j.links[0]!.verdict).toBe('fail');
    const ok = JSON.parse((await runCli(['check', LONG, '--json', '--allow', 'downtrain'])).stdout) as {
      ok: boolean;
    };
    expect(ok.ok).toBe(true);
  });

  it('rejects an unknown policy as a usage error (exit 2)', async () => {
    expect((await runCli(['check', LONG, '--fail-on', 'info'])).code).toBe(2);
    expect((await runCli(['check', LONG, '--allow', 'everything'])).code).toBe(2);
  });

  it('the summary counts pass, warn, fail and unknown', async () => {
    const r = await runCli(['check', CABLED]);
    expect(r.stdout).toContain('3 links: 1 pass, 0 warn, 2 fail, 0 unknown');
  });
});
