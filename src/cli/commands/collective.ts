/** `rackwire collective DESIGN --op ... --algo ...`: nccl-tests-style table of a simulated collective. */
import { collectiveOfDesign, parseSize, sizeSweep } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { resultJson } from '../../report/envelope.js';
import { collectiveToJson } from '../../report/collective-json.js';
import { renderDesignCollective } from '../../report/collective-design.js';
import { formatIssues } from '../../report/issues.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './register.js';
import { guard } from '../guard.js';
import { collectiveOptions, type CollectiveOpts } from './collective-options.js';

function run(spec: string, o: CollectiveOpts) {
  const sizes = o.bytes
    ? [parseSize(o.bytes)]
    : sizeSweep(parseSize(o.minBytes), parseSize(o.maxBytes), { factor: Number(o.stepFactor) });
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
    const r = guard(() => run(spec, o), o.json, setExit);
    if (!r) return;
    const shown = r.issues.filter((i) => i.severity !== 'info');
    if (!r.result) {
      if (o.json) printJson(resultJson(r.issues, {}));
      else printText(formatIssues(shown));
    } else if (o.json) {
      const x = r.result;
      const ctx = {
        profile: x.profile,
        placement: x.placement.description,
        stepLatencyUs: x.profile === 'calibrated' ? x.stepLatencyUs : undefined,
      };
      printJson(collectiveToJson(x, o.explain, ctx));
    } else {
      const text = renderDesignCollective(r.result, o.explain ?? false);
      printText([text, shown.length ? formatIssues(shown) : ''].filter(Boolean).join('\n'));
    }
    setExit(hasErrors(r.issues) ? 1 : 0);
  });
};
