/** The library's check entry point: load a design, validate its structure (and physical layer), and gate on it. */
import type { Issue } from '../model/index.js';
import type { LinkPhyResult } from '../phy/index.js';
import { prepareDesign, type PreparedDesign } from './prepare.js';

export type CheckResult = PreparedDesign;

export interface CheckOptions {
  /** Run the physical-layer check too (default true). */
  phy?: boolean;
}

/**
 * Loads and checks a design file or `builtin:NAME`; never throws for bad input. The physical check runs
 * only on a structurally sound design (it reads ports and parts the structural check vouches for).
 */
export function checkDesign(spec: string, opts: CheckOptions = {}): CheckResult {
  return prepareDesign(spec, { phy: opts.phy });
}

/** What makes `check` fail (exit 1): errors always; warnings with `failOn: 'warn'`; down-training unless allowed. */
export interface CheckPolicy {
  failOn: 'error' | 'warn';
  /** Accept links that train below their declared generation or width (they still fail when nothing trains). */
  allowDowntrain: boolean;
}

export const DEFAULT_CHECK_POLICY: CheckPolicy = { failOn: 'error', allowDowntrain: false };

export interface CheckGate {
  ok: boolean;
  /** Why the check fails, one phrase each (`2 links fail their budget`); empty when ok. */
  reasons: string[];
  /** Links that train below their declaration (accepted with `allowDowntrain`). */
  downtrainedLinks: number;
}

/** The link trains below what the design declares (generation or width) but does train. */
export const downtrained = (l: LinkPhyResult): boolean =>
  (l.gen !== null && l.trainedGen !== null && l.trainedGen < l.gen) ||
  (l.trainedWidth !== null && l.trainedWidth < l.width);

/** The link does not meet its declaration: fails its budget at the declared generation, or trains lower. */
const failsDeclaration = (l: LinkPhyResult, allowDowntrain: boolean): boolean => {
  if (allowDowntrain) return l.verdict === 'fail' && !(l.gen !== null && l.trainedGen !== null);
  return l.verdict === 'fail' || downtrained(l);
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Pure: whether a check result passes the policy, and why not. */
export function checkGate(
  issues: readonly Issue[],
  links: readonly LinkPhyResult[] | null,
  policy: CheckPolicy = DEFAULT_CHECK_POLICY,
): CheckGate {
  const reasons: string[] = [];
  let downtrainedLinks = 0;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (errors > 0) reasons.push(plural(errors, 'error'));
  if (policy.failOn === 'warn' && warnings > 0)
    reasons.push(`${plural(warnings, 'warning')} (--fail-on warn)`);
  if (links) {
    let failing = 0;
    let lower = 0;
    for (const l of links) {
      if (downtrained(l)) downtrainedLinks++;
      if (!failsDeclaration(l, policy.allowDowntrain)) continue;
      if (l.verdict !== 'fail' && downtrained(l)) lower++;
      else failing++;
    }
    if (failing > 0)
      reasons.push(
        `${plural(failing, 'link')} ${failing === 1 ? 'fails' : 'fail'} ${policy.allowDowntrain ? '(no generation trains)' : 'at the declared generation'}`,
      );
    if (lower > 0)
      reasons.push(`${plural(lower, 'link')} ${lower === 1 ? 'trains' : 'train'} below the declared width`);
  }
  return { ok: reasons.length === 0, reasons, downtrainedLinks };
}

/** The line `check` prints when the gate fails. */
export const gateLine = (gate: CheckGate, policy: CheckPolicy): string =>
  gate.ok
    ? ''
    : `check fails: ${gate.reasons.join('; ')}${!policy.allowDowntrain && gate.downtrainedLinks > 0 ? ` (--allow downtrain accepts down-trained links: ${gate.downtrainedLinks})` : ''}`;
