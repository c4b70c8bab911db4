import { describe, expect, it } from 'vitest';
import { parseQuantity } from './units.js';

const ok = (text: string, q: Parameters<typeof parseQuantity>[1]) => {
  const r = parseQuantity(text, q);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('unit strings', () => {
  it('converts to base units', () => {
    expect(ok('250mm', 'length')).toBe(250);
    expect(ok('14in', 'length')).toBeCloseTo(355.6, 10); // 14 × 25.4
    expect(ok('1.5m', 'length')).toBe(1500);
    expect(ok('10 mil', 'length')).toBeCloseTo(0.254, 10);
    expect(ok('2.5dB', 'loss')).toBe(2.5);
    expect(ok('45kW', 'power')).toBe(45_000);
    expect(ok('1.2us', 'latency')).toBe(1200);
    expect(ok('15%', 'percent')).toBe(15);
  });
  it('rejects unknown units and missing units with a hint', () => {
    const r = parseQuantity('250furlongs', 'length');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint).toContain('mm');
    expect(parseQuantity('250', 'length').ok).toBe(false);
    expect(parseQuantity('abc mm', 'length').ok).toBe(false);
  });
});
