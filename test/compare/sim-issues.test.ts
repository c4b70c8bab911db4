// compare reports the warnings of the collectives behind its busbw rows instead of dropping them.
import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../src/api/index.js';

describe('compare: collective warnings', () => {
  it('names the design whose all_reduce busbw rests on an assumed in-switch reduction efficiency', () => {
    // scorpio-gen6-16's all_reduce picks in-switch reduction on the Scorpio X (catalog inNetworkReduction), for
    // which no efficiency is known: the simulator assumes 1 and warns. Before the fix compare printed 169 GB/s
    // with no trace of that assumption.
    const r = compareDesigns(['builtin:hgx-h100-8', 'builtin:scorpio-gen6-16']);
    const assumed = r.issues.filter((i) => i.code === 'sim-nvls-efficiency-assumed');
    expect(assumed).toHaveLength(1); // one per design and code+message, not one per collective run
    expect(assumed[0]!.severity).toBe('warning');
    expect(assumed[0]!.message).toMatch(/^scorpio-gen6-16: /);
    expect(r.rows).toHaveLength(2);
  });

  it('adds nothing for designs whose collectives assume nothing', () => {
    const r = compareDesigns(['builtin:hgx-h100-8', 'builtin:hgx-h100-8']);
    expect(r.issues.filter((i) => i.code.startsWith('sim-'))).toEqual([]);
  });
});
