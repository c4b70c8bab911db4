/**
 * The bad-input corpus (test/fixtures/bad/): every file yields exactly the expected issue codes, each at the
 * line and column written here (counted by hand from the file: the first line is the fixture's comment).
 */
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';

const DIR = 'test/fixtures/bad';

/** [file, code, line, column]: every issue a file must produce (and no other error code). */
const EXPECTED: [string, string, number | null, number | null][] = [
  ['01-malformed-yaml.yaml', 'yaml-syntax', 6, 1],
  ['02-duplicate-key.yaml', 'yaml-syntax', 4, 1],
  ['03-wrong-format-version.yaml', 'invalid-value', 2, 16],
  ['04-missing-name.yaml', 'missing-field', 2, 1],
  ['05-unknown-field.yaml', 'unknown-field', 4, 1],
  ['06-bare-number-length.yaml', 'invalid-type', 11, 46],
  ['07-unknown-unit.yaml', 'bad-unit', 11, 46],
  ['08-negative-length.yaml', 'out-of-range', 11, 48],
  ['09-nan-length.yaml', 'invalid-type', 11, 48],
  ['10-infinite-loss.yaml', 'invalid-type', 11, 25],
  ['11-absurd-trace.yaml', 'out-of-range', 11, 46],
  ['12-unknown-part.yaml', 'unknown-part', 5, 23],
  ['13-port-not-found.yaml', 'port-not-found', 9, 9],
  ['14-component-not-found.yaml', 'component-not-found', 9, 9],
  ['15-protocol-mismatch.yaml', 'protocol-mismatch', 9, 9],
  ['16-lanes-exceeded.yaml', 'lanes-exceeded', 10, 12],
  ['17-nvlink-oversubscribed.yaml', 'lanes-oversubscribed', 5, 5],
  ['18-invalid-bifurcation.yaml', 'invalid-bifurcation', 5, 5],
  ['19-two-upstream.yaml', 'two-upstream', 12, 5],
  ['20-pcie-cycle.yaml', 'pcie-cycle', 5, 5],
  ['21-root-to-root.yaml', 'pcie-direction', 7, 5],
  ['22-duplicate-id.yaml', 'duplicate-id', 6, 5],
  ['23-gen-unsupported.yaml', 'gen-unsupported', 10, 10],
  ['24-unknown-standard.yaml', 'gen-unsupported', 7, 58],
  ['24-unknown-standard.yaml', 'unknown-standard', 7, 58],
  ['25-module-cycle.yaml', 'module-cycle', 8, 38],
  ['26-module-not-found.yaml', 'module-not-found', 5, 26],
  ['27-bad-expression.yaml', 'bad-expression', 5, 11],
  ['28-alias-bomb.yaml', 'yaml-alias', 1, 1],
  ['29-unknown-material.yaml', 'unknown-material', 11, 9],
  ['30-switch-lanes-exceeded.yaml', 'switch-lanes-exceeded', 8, 7],
  ['31-retimer-reused.yaml', 'device-reused', 13, 9],
  ['32-package-not-endpoint.yaml', 'package-not-endpoint', 11, 9],
  ['33-missing-catalog.yaml', 'file-not-found', 4, 12],
  ['34-unknown-param.yaml', 'unknown-param', 9, 49],
  ['35-too-large.yaml', 'design-too-large', 5, 57],
  ['36-bad-port-ref.yaml', 'bad-port-ref', 9, 9],
  ['37-conflicting-length.yaml', 'conflicting-fields', 11, 46],
  ['38-dot-in-id.yaml', 'invalid-value', 5, 11],
  ['39-unknown-cable.yaml', 'unknown-cable', 10, 9],
  ['40-two-keys-segment.yaml', 'invalid-value', 11, 9],
  ['41-empty-file.yaml', 'empty-file', 1, 1],
  ['42-not-a-map.yaml', 'not-a-mapping', 2, 1],
];

describe('bad-input corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it('has at least 25 broken designs, each with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const f of files)
      expect(
        EXPECTED.some(([file]) => file === f),
        f,
      ).toBe(true);
  });

  for (const file of [...new Set(EXPECTED.map(([f]) => f))]) {
    it(file, () => {
      const result = checkDesign(join(DIR, file));
      const got = result.issues
        .filter((i) => i.severity === 'error')
        .map((i) => [i.code, i.line, i.column] as const);
      const want = EXPECTED.filter(([f]) => f === file).map(
        ([, code, line, column]) => [code, line, column] as const,
      );
      expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(new Set(want.map((w) => JSON.stringify(w))));
      for (const issue of result.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        if (issue.line !== null) expect(issue.file).toContain(file);
      }
    });
  }

  it('refuses a 50 MB file before parsing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rackwire-big-'));
    const path = join(dir, 'big.yaml');
    writeFileSync(
      path,
      'formatVersion: 1\nname: big\n' + '# padding line of a huge file\n'.repeat(1_800_000),
    );
    const result = checkDesign(path);
    expect(result.design).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('reports binary garbage as not text, not as a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rackwire-bin-'));
    const path = join(dir, 'garbage.yaml');
    writeFileSync(path, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00]));
    expect(checkDesign(path).issues.map((i) => i.code)).toEqual(['not-text']);
  });
});
