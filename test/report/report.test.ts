// The HTML design report: every section, the counts of the design, the collective sweep the CLI's collective
// command computes for the same design, no external reference, and located errors for a broken design.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectiveOfDesign, REPORT_SIZES, reportOfDesign } from '../../src/api/index.js';
import { runCli } from '../support/run-cli.js';

const SECTIONS = ['summary', 'topology', 'physical', 'paths', 'collectives', 'bom', 'issues'];

describe('rackwire report', () => {
  it('HGX H100: every section, the design counts, and the sweep collective computes', async () => {
    const r = await reportOfDesign('builtin:hgx-h100-8');
    const html = r.html!;
    for (const id of SECTIONS) expect(html).toContain(`<section id="${id}">`);
    expect(r.data!.counts).toMatchObject({ accelerators: 8, nics: 8, switches: 8, links: 172 });
    // 1 KiB to 1 GiB in steps of 4: 11 sizes.
    expect(REPORT_SIZES).toHaveLength(11);
    expect(REPORT_SIZES.at(-1)).toBe(2 ** 30);
    const ar = r.data!.collectives.find((c) => c.op === 'all_reduce')!;
    const cli = collectiveOfDesign('builtin:hgx-h100-8', {
      op: 'all_reduce',
      algo: 'auto',
      sizes: REPORT_SIZES,
    });
    expect(ar.rows.map((x) => [x.bytes, x.algo, x.busbwGBps])).toEqual(
      cli.result!.results.map((x) => [x.bytes, x.algo, x.busbwGBps]),
    );
    // Charts are inline SVG (ECharts SSR): the busbw chart and the bandwidth heat map, plus drawing and waterfalls.
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(1 + 3 + 2);
    // Offline: no script, no external URL in any src/href (the only http strings are SVG namespaces).
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.replace(/http:\/\/www\.w3\.org\/[0-9]+\/[a-z]+/g, '')).not.toMatch(/https?:\/\//);
  });

  it('a storage server without accelerators says why it has no collectives', async () => {
    const r = await reportOfDesign('builtin:nvme-gen5-storage');
    expect(r.data!.collectives.every((c) => c.skipped === 'fewer than two accelerators')).toBe(true);
    expect(r.html).toContain('fewer than two accelerators');
  });

  it('CLI writes the file and says so; a broken design exits 1 with its located error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rackwire-report-'));
    const out = join(dir, 'r.html');
    const ok = await runCli(['report', 'builtin:pcie-l40s-8', '-o', out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    const bad = await runCli([
      'report',
      join(import.meta.dirname, '../fixtures/bad/12-unknown-part.yaml'),
      '-o',
      out,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/12-unknown-part\.yaml:\d+:\d+/);
  });
});
