// The report opened in Debian's Chromium (playwright-core): no console error, no request beyond the file itself,
// every section and chart rendered, a full-page screenshot kept in artifacts/report/; and `--pdf` prints a PDF.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOfDesign } from '../../src/api/index.js';
import { launchBrowser, skipBrowser } from '../support/browser.js';
import { runCli } from '../support/run-cli.js';

describe.skipIf(skipBrowser)('report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'rackwire-report-'));
  let ARTIFACTS = '';
  beforeAll(async () => {
    ({ browser, dir: ARTIFACTS } = await launchBrowser('report'));
  });
  afterAll(async () => browser?.close());

  it.each(['hgx-h100-8', 'mi300x-8', 'gb200-nvl72'])(
    '%s: renders offline, all sections and charts',
    async (name) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, (await reportOfDesign(`builtin:${name}`)).html!);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests).toEqual([pathToFileURL(file).href]);
      for (const id of ['summary', 'topology', 'physical', 'paths', 'collectives', 'bom', 'issues'])
        expect(await page.isVisible(`section#${id}`)).toBe(true);
      // Drawing, waterfalls, heat map and busbw chart each rendered with a size.
      const sized = (await page.evaluate(
        `[...document.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 50).length`,
      )) as number;
      expect(sized).toBeGreaterThanOrEqual(4);
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('--pdf prints the page through Chromium', async () => {
    const html = join(dir, 'p.html');
    const pdf = join(dir, 'p.pdf');
    const r = await runCli(['report', 'builtin:pcie-l40s-8', '-o', html, '--pdf', pdf]);
    expect(r.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
