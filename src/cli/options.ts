/** Option values of the CLI read against their stated ranges: a bad value is a usage error located at its flag. */
import { LIMITS, parseDecimal, type NumberRange } from '../io/index.js';
import { UsageError } from '../model/index.js';

/** A usage error about one option (or `<argument>`): exit 2, the flag as the path, a hint. */
export const optionError = (flag: string, message: string, hint: string): UsageError =>
  new UsageError(`${flag}: ${message}`, 'invalid-option-value', [], { path: flag, hint });

/** The number an option says, checked against `range`; undefined when the option is absent. */
export function optionNumber(value: unknown, flag: string, range: NumberRange): number | undefined {
  if (value === undefined) return undefined;
  const r = parseDecimal(String(value), range);
  if (!r.ok) throw optionError(flag, r.message, r.hint);
  return r.value;
}

/** The stated range of each numeric option (docs/cli.md lists them). */
export const OPTION_RANGES = {
  /** plan --nodes: the planner refuses what needs more than three switch tiers well below this. */
  nodes: { unit: 'nodes', min: 1, max: 100_000, integer: true },
  /** plan --racks: whole racks of a rack-scale preset (100,000 nodes' worth at most). */
  racks: { unit: 'racks', min: 1, max: 10_000, integer: true },
  /** plan / compare --accelerators. */
  accelerators: { unit: 'accelerators', min: 1, max: 1_000_000, integer: true },
  /** plan --rack-power-kw, up to the design format's rack power limit (LIMITS.rackPowerW). */
  rackPowerKw: { unit: 'kW', min: 0, max: LIMITS.rackPowerW / 1000, minExclusive: true },
  /** collective --step-factor: nccl-tests -f, a whole multiplication factor. */
  stepFactor: { unit: 'times per step', min: 2, max: 1024, integer: true },
} as const satisfies Record<string, NumberRange>;
