// Every reference design's drawing opened in a real browser (Debian's Chromium via playwright-core): it renders
// without errors, every label's real text fits the room the layout reserved for it, and a PNG of each is kept in
// artifacts/drawings/ to look at. CI installs Chromium and sets RACKWIRE_REQUIRE_BROWSER=1, so there it cannot skip.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDesign } from '../../src/api/index.js';
import { builtinNames } from '../../src/io/builtin.js';
import { launchBrowser, skipBrowser } from '../support/browser.js';

describe.skipIf(skipBrowser)('drawings in Chromium', () => {
  let browser: Browser;
  let ARTIFACTS = '';
  beforeAll(async () => {
    ({ browser, dir: ARTIFACTS } = await launchBrowser('drawings'));
  });
  afterAll(async () => browser?.close());

  it.each(builtinNames())('%s renders, its labels fit their room, PNG kept', async (name) => {
    const svg = (await exportDesign(`builtin:${name}`, 'svg')).text!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    // Real text metrics: each edge label's text must fit inside the box the layout reserved (2 px slack).
    // (A string, evaluated in the page: this project's TypeScript has no DOM types.)
    const tooWide = (await page.evaluate(`[...document.querySelectorAll('g.edge-label')].flatMap((g) => {
      const room = Number(g.querySelector('rect').getAttribute('width'));
      const text = g.querySelector('text');
      const used = text.getBBox().width;
      return used > room + 2 ? [text.textContent + ': ' + used.toFixed(0) + ' > ' + room] : [];
    })`)) as string[];
    expect(tooWide).toEqual([]);
    const el = await page.$('svg');
    await el!.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    const box = await el!.boundingBox();
    expect(box!.width).toBe(Number(svg.match(/^<svg [^>]*width="(\d+)"/)![1]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
