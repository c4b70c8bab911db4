import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let out = '';
let err = '';
beforeEach(() => {
  out = err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('rackwire catalog', () => {
  it('shows a record as one JSON object', async () => {
    expect(await main(['catalog', 'show', 'nvidia-h100-sxm5', '--json'])).toBe(0);
    const json = JSON.parse(out);
    expect(json.record.powerW).toBe(700);
    expect(json.figures.find((f: { field: string }) => f.field === 'powerW').source).toMatch(/hawkvelt/);
  });

  it('exits 1 on an unknown id with a did-you-mean hint, also as JSON', async () => {
    expect(await main(['catalog', 'show', 'nvidia-h100-sxm'])).toBe(1);
    expect(err).toContain('did you mean "nvidia-h100-sxm5"?');
    expect(await main(['catalog', '--json', 'show', 'pcie9'])).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      issues: [{ code: 'catalog-id-not-found', path: '<id>', hint: 'did you mean "pcie1"?' }],
    });
  });

  it('lists one kind', async () => {
    expect(await main(['catalog', 'list', '--kind', 'redriver', '--json'])).toBe(0);
    expect(JSON.parse(out).records.map((r: { id: string }) => r.id)).toEqual([
      'ti-ds160pr410',
      'ti-ds320pr810',
    ]);
  });

  it('lists the flagged estimates with their count', async () => {
    expect(await main(['catalog', '--estimates', '--json'])).toBe(0);
    const json = JSON.parse(out);
    expect(json.count).toBe(json.estimates.length);
    expect(json.estimates).toContainEqual(expect.objectContaining({ id: 'pcie6', field: 'budgetSplit' }));
  });

  it('prints the standards table', async () => {
    expect(await main(['catalog', 'standards'])).toBe(0);
    expect(out).toMatch(/^ID\s+PROTOCOL/);
    expect(out).toContain('ualink1');
  });

  it('is a usage error without a subcommand or --estimates', async () => {
    expect(await main(['catalog'])).toBe(2);
  });
});
