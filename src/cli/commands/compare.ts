/** `rackwire compare A B [C ...]`: the same figures for several designs side by side. */
import { compareDesigns } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { compareJson, compareText } from '../../report/compare.js';
import { formatIssues } from '../../report/issues.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './index.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('compare')
    .description(
      'compare designs side by side: domain, bandwidth, collectives at 1 GiB, latency, margin, parts, power',
    )
    .argument('<designs...>', 'two or more design files or builtin:NAME')
    .option('--json', 'print one JSON object: { bytes, currency, designs: [...], issues }')
    .option('--prices <file>', 'unit prices by part id, to compare prices too')
    .action((designs: string[], opts: { json?: boolean; prices?: string }) => {
      const result = compareDesigns(designs, opts.prices ? { prices: opts.prices } : {});
      setExit(hasErrors(result.issues) ? 1 : 0);
      if (opts.json) return printJson(compareJson(result));
      const problems = result.issues.length ? formatIssues(result.issues) + '\n' : '';
      printText(problems + (result.rows.length ? compareText(result) : 'no design could be compared'));
    });
};
