/** Wording of the down-training finding: the cause and what fixes it. */
import type { Link } from '../model/index.js';
import type { GenEvaluation } from './evaluate.js';
import type { Placement } from './placement.js';
import { genLabel } from './standard.js';
import type { BudgetSegment } from './types.js';

const COUNT_WORDS = ['no', 'one', 'two', 'three'];
const round1 = (x: number) => (Math.round(x * 10) / 10).toString();

export function placementPhrase(p: Placement): string {
  const at = p.cuts.map((c) => `${Math.round(c.atMm)} mm`).join(' and ');
  const n = COUNT_WORDS[p.count] ?? String(p.count);
  return `${n} retimer${p.count === 1 ? '' : 's'} at ${at} ${p.count === 1 ? 'fixes' : 'fix'} it`;
}

export function downtrainMessage(
  link: Link,
  gen: number,
  trainedGen: number | null,
  width: number,
  target: GenEvaluation,
  worst: BudgetSegment | null,
  fix: Placement | null,
  unverified: boolean,
): { message: string; hint?: string } {
  const head =
    trainedGen === null
      ? `{link} link does not train at any generation`
      : `{link} link trains at ${genLabel(link.protocol, trainedGen)} x${width}${unverified ? ' (unverified: no sourced budget there)' : ''}`;
  if (
    target.verdict !== 'fail' ||
    !worst ||
    worst.lossDb === null ||
    worst.marginDb === null ||
    worst.marginDb >= 0
  )
    return { message: `${head}: a part in the path does not support ${genLabel(link.protocol, gen)}` };
  const cause = `channel ${round1(worst.lossDb)} dB exceeds the ${target.std.label} budget of ${worst.budgetDb} dB by ${round1(-worst.marginDb)} dB`;
  if (fix?.feasible && fix.count > 0) return { message: `${head}: ${cause}; ${placementPhrase(fix)}` };
  return {
    message: `${head}: ${cause}; retimers within the limit do not fix it`,
    hint: 'use a lower-loss material, a cable instead of a long trace, or a shorter path (`rackwire phy place-retimers` gives details)',
  };
}
