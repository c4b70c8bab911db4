import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('rackwire check', () => {
  it('prints a clean verdict for the flagship example and exits 0', async () => {
    const r = await runCli(['check', 'examples/hgx-h100-8.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('examples/hgx-h100-8.yaml: clean');
  });

  it('accepts builtin:NAME for a bundled example', async () => {
    const r = await runCli(['check', 'builtin:hgx-h100-8', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it('--json prints exactly one object also when the file is missing (exit 1)', async () => {
    const r = await runCli(['check', 'no/such/design.yaml', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; line: null }[] };
    expect(json.ok).toBe(false);
    expect(json.issues).toEqual([
      expect.objectContaining({ code: 'file-not-found', line: null, column: null }),
    ]);
  });

  it('prints file:line:column, the field path and a hint for each problem', async () => {
    const r = await runCli(['check', 'test/fixtures/bad/13-port-not-found.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/bad/13-port-not-found.yaml:9:9: error port-not-found');
    expect(r.stdout).toContain('at links[0].to');
    expect(r.stdout).toContain('hint: did you mean "gpu0.pcie"?');
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['check'])).code).toBe(2);
    expect((await runCli(['no-such-command'])).code).toBe(2);
  });

  it('prints the JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'rackwire design file, format v1' });
  });
});
