/**
 * Plain decimal numbers at the boundary (CLI options, intent and price files): each read against a stated range
 * with its unit. Counts are plain decimal integers: "0x10", "0b11", "1e3", "2.5" and "" are refused, never
 * coerced the way Number() would.
 */

export interface NumberRange {
  /** What the number counts or measures, with its unit: "nodes", "kW", "bytes". */
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only (counts). */
  integer?: boolean;
  /** The minimum itself is excluded (a power limit above 0). */
  minExclusive?: boolean;
}

export type NumberParse = { ok: true; value: number } | { ok: false; message: string; hint: string };

const INTEGER_TEXT = /^\+?\d+$/;
const DECIMAL_TEXT = /^\+?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** "a whole number of nodes from 1 to 100000", "a number of kW above 0 and at most 1000". */
export function describeRange(r: NumberRange): string {
  const kind = r.integer ? `a whole number of ${r.unit}` : `a number of ${r.unit}`;
  return r.minExclusive ? `${kind} above ${r.min} and at most ${r.max}` : `${kind} from ${r.min} to ${r.max}`;
}

/** Checks an already-parsed number (a YAML or JSON value) against its range: finite, whole if a count, in range. */
export function checkRange(value: number, r: NumberRange): NumberParse {
  const hint = `use ${describeRange(r)}`;
  if (!Number.isFinite(value)) return { ok: false, message: `${value} is not a finite number`, hint };
  if (r.integer && !Number.isInteger(value))
    return { ok: false, message: `${value} is not a whole number of ${r.unit}`, hint };
  const low = r.minExclusive ? value <= r.min : value < r.min;
  if (low || value > r.max)
    return { ok: false, message: `${value} ${r.unit} is out of range (${describeRange(r)})`, hint };
  return { ok: true, value };
}

/** Parses a plain decimal text ("16", "2.5") and checks its range. */
export function parseDecimal(text: string, r: NumberRange): NumberParse {
  const t = text.trim();
  const form = r.integer ? INTEGER_TEXT : DECIMAL_TEXT;
  if (!form.test(t))
    return {
      ok: false,
      message: `"${text}" is not a plain decimal ${r.integer ? 'integer' : 'number'}`,
      hint: `use ${describeRange(r)}, written in decimal digits`,
    };
  return checkRange(Number(t), r);
}
