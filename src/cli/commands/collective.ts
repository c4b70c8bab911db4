/** `rackwire collective DESIGN --op ... --algo ...`: nccl-tests-style table of a simulated collective. */
import { collectiveOfDesign, parseSize, sizeSweep } from '../../api/index.js';
import { hasErrors, RackwireError } from '../../model/index.js';
import { OPTION_RANGES, optionError, optionNumber } from '../options.js';
import { collectiveToJson } from '../../report/collective-json.js';
import { renderDesignCollective } from '../../report/collective-design.js';
import { formatIssues } from '../../report/issues.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';
import { collectiveOptions, type CollectiveOpts } from './collective-options.js';

/** A size option (`--bytes 1G`), a usage error at its flag when it is not a whole number of bytes in range. */
function sizeOption(text: string, flag: string): number {
  try {
    return parseSize(text);
  } catch (err) {
    if (err instanceof RackwireError) throw optionError(flag, err.message, err.detail.hint ?? '');
    throw err;
  }
}

function run(spec: string, o: CollectiveOpts) {
  const factor = optionNumber(o.stepFactor, '--step-factor', OPTION_RANGES.stepFactor)!;
  const min = sizeOption(o.minBytes, '--min-bytes');
  const max = sizeOption(o.maxBytes, '--max-bytes');
  if (!o.bytes && max < min)
    throw optionError(
      '--max-bytes',
      `${o.maxBytes} is below --min-bytes ${o.minBytes}`,
      'make --max-bytes at least --min-bytes',
    );
  const sizes = o.bytes ? [sizeOption(o.bytes, '--bytes')] : sizeSweep(min, max, { factor });
  const ranks = o.ranks === 'all' ? 'all' : /^\d+$/.test(o.ranks) ? Number(o.ranks) : o.ranks.split(',');
  const { calibration: calibrationFile, ...rest } = o;
  return collectiveOfDesign(spec, { ...rest, sizes, ranks, calibrationFile });
}

export const register: RegisterCommand = (program, setExit) => {
  const cmd = program
    .command('collective')
    .description('simulate an NCCL collective on a design and print the nccl-tests table')
    .argument('<design>', 'design file or builtin:NAME');
  for (const opt of collectiveOptions()) cmd.addOption(opt);
  cmd.action((spec: string, o: CollectiveOpts) => {
    const r = run(spec, o);
    const shown = r.issues.filter((i) => i.severity !== 'info');
    if (!r.result) {
      if (o.json) printEnvelope(r.issues, { op: null, algo: null, ranks: null, results: null });
      else printText(formatIssues(shown));
    } else if (o.json) {
      const x = r.result;
      const ctx = {
        profile: x.profile,
        placement: x.placement.description,
        stepLatencyUs: x.profile === 'calibrated' ? x.stepLatencyUs : undefined,
      };
      printEnvelope(r.issues, { ...collectiveToJson(x, o.explain, ctx) });
    } else {
      const text = renderDesignCollective(r.result, o.explain ?? false);
      printText([text, shown.length ? formatIssues(shown) : ''].filter(Boolean).join('\n'));
    }
    setExit(hasErrors(r.issues) ? 1 : 0);
  });
};
