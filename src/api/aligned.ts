/**
 * `compare --accelerators N`: aligns a design to N accelerators before it is compared. A design that already has
 * N is taken as given; a builtin preset (`builtin:NAME`) is planned to ceil(N / per node) nodes with the planner's
 * defaults (its NICs' scale-out, rail-optimised, 1:1) and compared as that plan, so an 8-GPU box and a 16-GPU box
 * meet at the same count. The plan file goes to a temporary folder, to be loaded and checked like any design.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueAtFile, kindTraits, type Issue } from '../model/index.js';
import { planFileYaml, planFromIntent } from './plan.js';
import type { PreparedDesign } from './prepare.js';

export interface Aligned {
  /** The design to compare (the given one, or the written plan); null when it could not be aligned. */
  spec: string | null;
  basis: string;
  issues: Issue[];
}

/** Not aligned: the `compare-not-aligned` error, located at the design. */
const notAligned = (spec: string, message: string, hint: string): Aligned => ({
  spec: null,
  basis: '',
  issues: [issueAtFile({ severity: 'error', code: 'compare-not-aligned', message, hint }, spec)],
});

/** Aligns `spec` (prepared as `checked`) to `accelerators`; the spec stays `spec` when it has that many already. */
export function alignTo(spec: string, checked: PreparedDesign, accelerators: number): Aligned {
  const have = checked.design?.components.filter((c) => kindTraits(c.kind).isAccelerator).length ?? 0;
  if (!checked.design) return { spec: null, basis: '', issues: [] };
  if (have === accelerators) return { spec, basis: `as given: ${have} accelerators`, issues: [] };
  const preset = /^builtin:(.+)$/.exec(spec)?.[1];
  if (!preset)
    return notAligned(
      spec,
      `${spec} has ${have} accelerators, not ${accelerators}, and only builtin presets can be planned to a count`,
      `plan it yourself (rackwire plan --preset NAME --accelerators ${accelerators} -o FILE) and compare FILE`,
    );
  const r = planFromIntent(null, { preset, accelerators });
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (errors.length || !r.plan?.design) return { spec: null, basis: '', issues: errors };
  const rackScale = r.plan.layout!.rackScale;
  // A rack-scale preset comes in whole racks: a count that is not a multiple of its rack cannot be aligned.
  if (rackScale && r.plan.counts!.accelerators !== accelerators) {
    const per = rackScale.acceleratorsPerRack;
    const below = Math.floor(accelerators / per) * per;
    return notAligned(
      spec,
      `${preset} is planned in whole racks of ${per} accelerators; ${accelerators} is not a multiple of ${per}`,
      `use --accelerators ${[below, below + per].filter((n) => n > 0).join(' or ')}`,
    );
  }
  const file = join(
    mkdtempSync(join(tmpdir(), 'rackwire-compare-')),
    `${preset}-x${r.plan.counts!.nodes}.yaml`,
  );
  writeFileSync(file, planFileYaml(r.plan));
  const c = r.plan.counts!;
  const ch = r.plan.choice!;
  return {
    spec: file,
    basis: `planned: ${rackScale ? `${c.racks} × ${preset} rack${c.racks > 1 ? 's' : ''} (${c.nodes} trays)` : `${c.nodes} × ${preset}`}, ${c.leaves} leaf / ${c.spines} spine (${ch.portGbps}G ${ch.protocol})`,
    issues: [],
  };
}
