import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/index.js';
import { findRecord, flaggedFigures } from './catalog-records.js';
import { formatFigure, renderEstimates, renderRecord, renderStandards, textTable } from './catalog.js';

const c = builtinCatalog();

describe('textTable', () => {
  it('pads columns to the widest cell and underlines the header', () => {
    expect(textTable(['A', 'BB'], [['xyz', '1']])).toBe('A    BB\n---  --\nxyz  1\n');
  });
});

describe('formatFigure', () => {
  it('prints numbers as written and objects as compact JSON', () => {
    expect(formatFigure(36)).toBe('36');
    expect(formatFigure([{ freqGHz: 16, db: 1.5 }])).toBe('[{"freqGHz":16,"db":1.5}]');
  });
});

describe('renderRecord', () => {
  it('prints every figure with its source', () => {
    const text = renderRecord(findRecord(c, 'pcie5')!);
    expect(text).toContain('lossBudgetDb = 36');
    expect(text).toMatch(/lossBudgetDb = 36\n\s+Astera Labs PCIe 5.0 insertion-loss budget article/);
  });

  it('marks estimates as ESTIMATE: reason', () => {
    const text = renderRecord(findRecord(c, 'taurus-aec-100g')!);
    expect(text).toMatch(/maxReachM = 7\n\s+ESTIMATE: Taurus reach unsourced/);
  });
});

describe('renderStandards and renderEstimates', () => {
  it('tabulates each standard on one row', () => {
    const text = renderStandards(c.standards);
    expect(text.trimEnd().split('\n')).toHaveLength(c.standards.length + 2);
    expect(text).toMatch(/pcie6\s+pcie\s+6\s+64\s+-\s+PAM4\s+16\s+32\s/);
  });

  it('ends the estimate list with its count', () => {
    const flagged = flaggedFigures(c);
    expect(renderEstimates(flagged)).toMatch(new RegExp(`\\n${flagged.length} flagged figures\\n$`));
  });
});
