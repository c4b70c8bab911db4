/** Every reference design (examples/*.yaml, builtin:NAME) checks clean, passes the physical check and cites a source. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';
import { loadDesign } from '../../src/io/index.js';
import { analyzePhysical } from '../../src/phy/index.js';

const files = readdirSync('examples').filter((f) => f.endsWith('.yaml'));

/** The comment block at the top of a file, before its first non-comment line. */
const header = (text: string): string => {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.slice(0, end).join('\n');
};

/**
 * A citation: a URL-like token (host.tld), a dated publication ("nextplatform 2022-12-05"), or the project's
 * sourced reference files (standards-data, shared/samples).
 */
const SOURCE_TOKEN =
  /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|ai|au|es|dev|tech|ru)\b|\b[a-z]+ \d{4}-\d{2}\b|standards-data|shared\/samples/i;

describe('reference designs', () => {
  it('include the 13 designs of issue #7', () => {
    const names = files.map((f) => f.replace(/\.yaml$/, ''));
    for (const n of [
      'hgx-a100-8',
      'hgx-h100-8',
      'hgx-h200-8',
      'hgx-b200-8',
      'gb200-nvl72',
      'mi300x-8',
      'mi325x-8',
      'mi355x-8',
      'pcie-l40s-8',
      'scorpio-gen6-16',
      'ualink-8',
      'cxl-memory-server',
      'nvme-gen5-storage',
    ])
      expect(names).toContain(n);
  });

  for (const file of files) {
    const name = file.replace(/\.yaml$/, '');
    it(`${name}: rackwire check finds no error or warning`, () => {
      const r = checkDesign(`builtin:${name}`);
      expect(r.design).not.toBeNull();
      expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    });

    it(`${name}: no link fails or warns in the physical check`, () => {
      const r = loadDesign(join('examples', file));
      const phy = analyzePhysical(r.design!, r.catalog);
      expect(phy.links.filter((l) => l.verdict === 'fail' || l.verdict === 'warn').map((l) => l.id)).toEqual(
        [],
      );
      expect(phy.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    });

    it(`${name}: the header comment names its public sources`, () => {
      const text = readFileSync(join('examples', file), 'utf8');
      const h = header(text);
      expect(h).toMatch(SOURCE_TOKEN);
      // The header is the file's own: it names the design it describes (name: field) or its subject.
      expect(text).toMatch(new RegExp(`^name: ${name}$`, 'm'));
    });
  }
});
