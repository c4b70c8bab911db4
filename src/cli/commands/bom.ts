/** `rackwire bom DESIGN`: bill of materials by category, interconnect vendors by domain, power per node and rack. */
import { bomOfDesign } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { bomCsv, bomJson, bomText } from '../../report/bom.js';
import { resultText } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('bom')
    .description(
      'bill of materials: parts by category (including the silicon nobody sees), vendors, power, prices',
    )
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .option('--json', 'print one JSON object: { lines, byVendor, power, totals, issues }')
    .option('--csv', 'print the lines as CSV')
    .option('--prices <file>', 'unit prices by part id (YAML: pricesVersion: 1, currency, prices)')
    .action((design: string, opts: { json?: boolean; csv?: boolean; prices?: string }) => {
      const r = bomOfDesign(design, opts.prices ? { prices: opts.prices } : {});
      const failed = hasErrors(r.issues);
      setExit(failed ? 1 : 0);
      if (opts.json) {
        const body = r.bom ? bomJson(r.bom) : { lines: null, byVendor: null, power: null, totals: null };
        printEnvelope(r.issues, body);
      } else if (failed || !r.bom) printText(resultText(r.file, r.issues));
      else if (opts.csv) process.stdout.write(bomCsv(r.bom));
      else printText(bomText(r.bom) + (r.issues.length ? '\n' + formatIssues(r.issues) : ''));
    });
};
