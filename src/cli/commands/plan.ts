/** `rackwire plan [INTENT.yaml]`: size a cluster around a preset node and write its compact design file. */
import { existsSync, writeFileSync } from 'node:fs';
import {
  planFileYaml,
  planFromIntent,
  SCALE_OUT_OPTIONS,
  SCALE_UP_OPTIONS,
  TOPOLOGIES,
  type PlanIntent,
} from '../../api/index.js';
import { hasErrors, UsageError } from '../../model/index.js';
import { resultText } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { planJson, planText } from '../../report/plan.js';
import { OPTION_RANGES, optionError, optionNumber } from '../options.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = Record<string, string | boolean | undefined>;

const oneOf = <T extends string>(v: unknown, list: readonly T[], flag: string): T | undefined => {
  if (v === undefined) return undefined;
  if (!list.includes(v as T))
    throw optionError(flag, `"${String(v)}" is not a choice`, `use one of ${list.join(', ')}`);
  return v as T;
};

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('plan')
    .description(
      'plan a cluster: racks within power and space, leaf/spine/super-spine switches, cables by distance',
    )
    .argument(
      '[intent]',
      'intent file (YAML: preset, nodes, scaleUp, scaleOut, topology, oversubscription, rackPowerKw)',
    )
    .option(
      '--preset <builtin>',
      'node to replicate (default: the scale-up option’s: hgx-h100-8, scorpio-gen6-16, ualink-8, ethernet-scaleup-8)',
    )
    .option('--nodes <n>', 'number of nodes')
    .option('--accelerators <n>', 'instead of --nodes: nodes = ceil(accelerators / per node)')
    .option('--racks <n>', 'instead of --nodes: whole racks (rack-scale presets such as gb200-nvl72)')
    .option('--scale-up <fabric>', SCALE_UP_OPTIONS.join(' | '))
    .option('--scale-out <network>', `${SCALE_OUT_OPTIONS.join(' | ')} (default: what the preset's NICs run)`)
    .option('--topology <t>', `${TOPOLOGIES.join(' | ')} (default rail-optimized)`)
    .option('--oversubscription <d:u>', 'leaf downlink:uplink ratio (default 1:1)')
    .option('--rack-power-kw <kw>', 'rack power limit in kW')
    .option('-o, --output <file>', 'write the compact design file (YAML)')
    .option('--force', 'overwrite the output file')
    .option('--json', 'print one JSON object: { file, preset, switchPart, counts, clos, layout, issues }')
    .action((intentFile: string | undefined, o: Opts) => {
      const flags: PlanIntent = {
        preset: o.preset as string | undefined,
        nodes: optionNumber(o.nodes, '--nodes', OPTION_RANGES.nodes),
        accelerators: optionNumber(o.accelerators, '--accelerators', OPTION_RANGES.accelerators),
        racks: optionNumber(o.racks, '--racks', OPTION_RANGES.racks),
        scaleUp: oneOf(o.scaleUp, SCALE_UP_OPTIONS, '--scale-up'),
        scaleOut: oneOf(o.scaleOut, SCALE_OUT_OPTIONS, '--scale-out'),
        topology: oneOf(o.topology, TOPOLOGIES, '--topology'),
        oversubscription: o.oversubscription as string | undefined,
        rackPowerKw: optionNumber(o.rackPowerKw, '--rack-power-kw', OPTION_RANGES.rackPowerKw),
      };
      const out = o.output as string | undefined;
      if (out && existsSync(out) && !o.force)
        throw new UsageError(`${out} exists`, 'file-exists', [], {
          path: '--output',
          file: out,
          hint: 'use --force to overwrite it',
        });
      const r = planFromIntent(intentFile ?? null, flags);
      const failed = hasErrors(r.issues) || !r.plan?.design;
      setExit(failed ? 1 : 0);
      if (!failed && out) writeFileSync(out, planFileYaml(r.plan!));
      const file = !failed && out ? out : null;
      if (o.json) printEnvelope(r.issues, { ...planJson(r.plan, file) });
      else if (failed) printText(resultText(intentFile ?? 'plan', r.issues));
      else printText(planText(r.plan!, file) + (r.issues.length ? '\n' + formatIssues(r.issues) : ''));
    });
};
