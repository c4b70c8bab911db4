/**
 * Unit strings in design files (`250mm`, `9.8in`, `1.5m`, `2.5dB`, `40kW`, `120ns`) parsed to base units,
 * in the spirit of ns-3's DataRate strings. Only io parses unit strings (conventions §4).
 */
import { MM_PER_INCH } from '../../model/index.js';

export type Quantity = 'length' | 'loss' | 'power' | 'latency' | 'percent';

interface QuantitySpec {
  /** Base unit, which also names the `<field><Unit>` key form (lengthMm). */
  base: string;
  /** Factor from each accepted unit to the base unit. */
  units: Record<string, number>;
}

/** 1 mil = 0.001 in (definition); 1 in = 25.4 mm. */
export const QUANTITIES: Record<Quantity, QuantitySpec> = {
  length: {
    base: 'Mm',
    units: { mm: 1, cm: 10, m: 1000, km: 1_000_000, in: MM_PER_INCH, mil: MM_PER_INCH / 1000 },
  },
  loss: { base: 'Db', units: { db: 1 } },
  power: { base: 'W', units: { mw: 0.001, w: 1, kw: 1000 } },
  latency: { base: 'Ns', units: { ps: 0.001, ns: 1, us: 1000, µs: 1000, ms: 1_000_000 } },
  percent: { base: 'Pct', units: { '%': 1 } },
};

const NUMBER_WITH_UNIT = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-zA-Zµ%]+)\s*$/;

export type UnitParse = { ok: true; value: number } | { ok: false; message: string; hint: string };

/** Parses `250mm` as a length in mm, `2.5dB` as a loss in dB, and so on. */
export function parseQuantity(text: string, quantity: Quantity): UnitParse {
  const spec = QUANTITIES[quantity];
  const accepted = Object.keys(spec.units).join(', ');
  const m = NUMBER_WITH_UNIT.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `"${text}" is not a ${quantity} with a unit`,
      hint: `write a number followed by a unit (${accepted}), e.g. ${example(quantity)}`,
    };
  }
  const unit = m[2]!.toLowerCase();
  const factor = spec.units[unit];
  if (factor === undefined) {
    return { ok: false, message: `unknown ${quantity} unit "${m[2]}"`, hint: `use one of: ${accepted}` };
  }
  const value = Number(m[1]) * factor;
  if (!Number.isFinite(value))
    return { ok: false, message: `"${text}" is not finite`, hint: 'give a finite number' };
  return { ok: true, value };
}

const example = (q: Quantity): string =>
  ({ length: '250mm or 1.5m', loss: '2.5dB', power: '40kW', latency: '120ns', percent: '15%' })[q];
