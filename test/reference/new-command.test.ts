/** `rackwire new`: copies a builtin byte for byte, refuses to overwrite, suggests names, lists builtins. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinNames } from '../../src/io/index.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rackwire-new-'));

describe('rackwire new', () => {
  it('copies examples/NAME.yaml byte-identical', async () => {
    const out = join(dir, 'copy.yaml');
    const r = await runCli(['new', 'gb200-nvl72', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync('examples/gb200-nvl72.yaml'));
  });

  it('refuses to overwrite an existing file, and overwrites with --force', async () => {
    const out = join(dir, 'mine.yaml');
    writeFileSync(out, 'my edits\n');
    const r = await runCli(['new', 'hgx-h100-8', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('my edits\n');
    const f = await runCli(['new', 'hgx-h100-8', '-o', out, '--force']);
    expect(f.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('examples/hgx-h100-8.yaml', 'utf8'));
  });

  it('exits 1 on an unknown name with a did-you-mean', async () => {
    const r = await runCli(['new', 'hgx-h10-8', '-o', join(dir, 'x.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('did you mean "hgx-h100-8"');
    const j = await runCli(['new', 'mi300-8', '--json', '-o', join(dir, 'y.yaml')]);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({
      ok: false,
      issues: [{ code: 'builtin-not-found', path: '<name>', hint: 'did you mean "mi300x-8"?' }],
    });
  });

  it('--list names every builtin with the description line of its file', async () => {
    const r = await runCli(['new', '--list', '--json']);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { builtins: { name: string; description: string }[] }).builtins;
    expect(rows.map((x) => x.name)).toEqual(builtinNames());
    expect(rows.find((x) => x.name === 'gb200-nvl72')!.description).toBe(
      'GB200 NVL72 rack: 18 compute trays (36 Grace + 72 B200), 9 NVLink switch trays (18 NVLink 5 ASICs)',
    );
  });
});
