/** `rackwire plan`: --json prints one object; usage mistakes exit 2; data errors exit 1. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('rackwire plan', () => {
  it('writes the compact file and prints the counts', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rackwire-plan-')), 'c.yaml');
    const r = await runCli(['plan', '--nodes', '8', '--rack-power-kw', '40', '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { file: string; counts: { leaves: number; spines: number } };
    // 8 nodes × 8 rails = 64 NIC ports: all on one 64-port switch, no spine tier
    expect(json).toMatchObject({ file: out, counts: { leaves: 1, spines: 0, leafSpineCables: 0 } });
    expect(readFileSync(out, 'utf8')).toContain('imports:\n  - builtin:hgx-h100-8');
  });

  it('a bad flag value is a usage error (exit 2); an impossible plan exits 1 with one JSON object', async () => {
    expect((await runCli(['plan', '--nodes', '8', '--scale-out', 'token-ring'])).code).toBe(2);
    const r = await runCli([
      'plan',
      '--preset',
      'hgx-h100-8',
      '--scale-up',
      'ualink',
      '--nodes',
      '8',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      counts: null,
      issues: expect.arrayContaining([expect.objectContaining({ code: 'plan-scale-up-unsupported' })]),
    });
  });
});
