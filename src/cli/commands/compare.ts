/** `rackwire compare A B [C ...]`: the same figures for several designs side by side. */
import { compareDesigns } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { OPTION_RANGES, optionNumber } from '../options.js';
import { compareJson, compareText } from '../../report/compare.js';
import { formatIssues } from '../../report/issues.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('compare')
    .description(
      'compare designs side by side: domain, bandwidth, collectives at 1 GiB, latency, margin, parts, power',
    )
    .argument('<designs...>', 'two or more design files or builtin:NAME')
    .option('--json', 'print one JSON object: { bytes, currency, designs: [...], issues }')
    .option('--prices <file>', 'unit prices by part id, to compare prices too')
    .option(
      '--accelerators <n>',
      'align the designs at n accelerators: builtin presets are planned to that count (each row prints its basis)',
    )
    .action((designs: string[], opts: { json?: boolean; prices?: string; accelerators?: string }) => {
      const n = optionNumber(opts.accelerators, '--accelerators', OPTION_RANGES.accelerators);
      const result = compareDesigns(designs, {
        ...(opts.prices ? { prices: opts.prices } : {}),
        ...(n !== undefined ? { accelerators: n } : {}),
      });
      setExit(hasErrors(result.issues) ? 1 : 0);
      if (opts.json) return printEnvelope(result.issues, compareJson(result));
      const problems = result.issues.length ? formatIssues(result.issues) + '\n' : '';
      printText(problems + (result.rows.length ? compareText(result) : 'no design could be compared'));
    });
};
