/**
 * Debian's Chromium for browser tests (playwright-core): where it is, whether these tests may skip (only when it is
 * absent and CI has not set RACKWIRE_REQUIRE_BROWSER=1), and a launch that fails with the install hint.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
export const skipBrowser = !present && process.env.RACKWIRE_REQUIRE_BROWSER !== '1';

/** Launches Chromium and makes `artifacts/<name>/` for the pictures a test keeps. */
export async function launchBrowser(artifacts: string): Promise<{ browser: Browser; dir: string }> {
  expect(present, `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`).toBe(true);
  const dir = join(import.meta.dirname, '../../artifacts', artifacts);
  mkdirSync(dir, { recursive: true });
  return { browser: await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }), dir };
}
