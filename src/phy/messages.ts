/**
 * Wording of the training and failure findings: the cause (a part lacks the generation, channel loss over
 * budget with the dominating part named, a cable beyond its rated reach, the retimer limit) and its fix.
 */
import type { Link } from '../model/index.js';
import type { GenEvaluation } from './evaluate.js';
import type { RetimerPlacement } from './retimer-placement.js';
import { genLabel } from './standard.js';
import type { BudgetSegment } from './types.js';

const COUNT_WORDS = ['no', 'one', 'two', 'three'];
const round1 = (x: number) => (Math.round(x * 10) / 10).toString();

export function placementPhrase(p: RetimerPlacement): string {
  const at = p.cuts.map((c) => `${Math.round(c.atMm)} mm`).join(' and ');
  const n = COUNT_WORDS[p.count] ?? String(p.count);
  return `${n} retimer${p.count === 1 ? '' : 's'} at ${at} ${p.count === 1 ? 'fixes' : 'fix'} it`;
}

/** `host side 21.2 dB of its 11 dB allocation`, or the dominating loss item. */
export function dominantPhrase(seg: BudgetSegment): string | null {
  if (!seg.dominant) return null;
  const p = seg.parts?.find((x) => x.name === seg.dominant);
  if (p && p.lossDb !== null)
    return `${p.name} ${round1(p.lossDb)} dB of its ${p.allocationDb} dB allocation`;
  return seg.dominant;
}

export interface CauseContext {
  link: Link;
  gen: number;
  target: GenEvaluation;
  worst: BudgetSegment | null;
  /** Best placement of the retimers still allowed on the channel as it is (null when no budget). */
  fix: RetimerPlacement | null;
  retimersPresent: number;
  /** `the to end (x) supports only Gen5` when the generation is above what a part supports. */
  unsupported: string | null;
}

export interface Cause {
  kind: 'generation' | 'reach' | 'retimer-limit' | 'loss' | 'other';
  text: string;
  hint?: string;
}

const LOSS_HINT =
  'use a lower-loss material, an active cable (AEC) instead of a long trace, or a shorter path (`rackwire phy place-retimers` gives details)';

/** Why the channel fails at `gen`, most fundamental cause first, with the fix. */
export function failureCause(c: CauseContext): Cause {
  const g = genLabel(c.link.protocol, c.gen);
  if (c.unsupported)
    return {
      kind: 'generation',
      text: `${c.unsupported}`,
      hint: `use parts that support ${g} in the whole path, or design the link for the lower generation`,
    };
  const reach = c.target.judged.find((j) => j.cause === 'reach');
  const long = reach?.cables.find((x) => x.lengthM > x.ratedReachM);
  if (long)
    return {
      kind: 'reach',
      text: `cable ${long.id} is ${long.lengthM} m, beyond its rated reach of ${long.ratedReachM} m at ${g}`,
      hint: `use a cable of at most ${long.ratedReachM} m, an active cable (AEC) or optics (\`rackwire phy cables\` lists what reaches)`,
    };
  const max = c.target.std.maxRetimers;
  if (max !== null && c.retimersPresent > max)
    return {
      kind: 'retimer-limit',
      text: `${c.retimersPresent} retimers in the channel; ${c.target.std.label} allows at most ${max}`,
      hint: 'remove a retimer: place the rest with `rackwire phy place-retimers`',
    };
  const w = c.worst;
  if (w && w.lossDb !== null && w.marginDb !== null && w.marginDb < 0) {
    const dom = dominantPhrase(w);
    const over = `channel ${round1(w.lossDb)} dB exceeds the ${c.target.std.label} budget of ${w.budgetDb} dB by ${round1(-w.marginDb)} dB${dom ? ` (dominated by ${dom})` : ''}`;
    if (c.fix?.feasible && c.fix.count > 0)
      return { kind: 'loss', text: `${over}; ${placementPhrase(c.fix)}` };
    if (max !== null && c.retimersPresent >= max)
      return {
        kind: 'retimer-limit',
        text: `${over}; the retimer limit (${max} per link) is reached`,
        hint: LOSS_HINT,
      };
    return { kind: 'loss', text: `${over}; retimers within the limit do not fix it`, hint: LOSS_HINT };
  }
  return { kind: 'other', text: `the channel fails at ${g}` };
}

export function downtrainMessage(
  c: CauseContext,
  trainedGen: number | null,
  width: number,
  unverified: boolean,
): { message: string; hint?: string } {
  const head =
    trainedGen === null
      ? `{link} link does not train at any generation`
      : `{link} link trains at ${genLabel(c.link.protocol, trainedGen)} x${width}${unverified ? ' (unverified: no sourced budget there)' : ''}`;
  const cause = failureCause(c);
  return cause.hint
    ? { message: `${head}: ${cause.text}`, hint: cause.hint }
    : { message: `${head}: ${cause.text}` };
}
