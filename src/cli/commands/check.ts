/** `rackwire check DESIGN`: structural (and physical) validation with located issues. */
import { Option } from 'commander';
import { checkDesign, checkGate, gateLine, type CheckPolicy } from '../../api/index.js';
import { resultText } from '../../report/envelope.js';
import { phyLinksJson, phyTable } from '../../report/phy.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

/** Above this many links, the text table lists only links that warn or fail unless `--links all`. */
const AUTO_TABLE_LINKS = 200;

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('check')
    .description(
      "validate a design: structure, parts, ports, lanes, PCIe tree, and every link's physical layer",
    )
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .option(
      '--json',
      'print one JSON object: { ok, issues, links } (links null when the physical check did not run)',
    )
    .option('--no-phy', 'skip the physical-layer check')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 on errors only, or on warnings too')
        .choices(['error', 'warn'])
        .default('error'),
    )
    .addOption(
      new Option(
        '--allow <what>',
        'accept links that train below their declared generation or width (they still fail when none trains)',
      ).choices(['downtrain']),
    )
    .addOption(
      new Option(
        '--links <which>',
        `per-link table: all, problems, or auto (all up to ${AUTO_TABLE_LINKS} links)`,
      )
        .choices(['auto', 'all', 'problems'])
        .default('auto'),
    )
    .action((design: string, opts: CheckCliOptions) => {
      const result = checkDesign(design, { phy: opts.phy });
      const phy = result.phy;
      const policy: CheckPolicy = { failOn: opts.failOn, allowDowntrain: opts.allow === 'downtrain' };
      const gate = checkGate(result.issues, phy?.links ?? null, policy);
      setExit(gate.ok ? 0 : 1);
      if (opts.json)
        return printEnvelope(result.issues, {
          ok: gate.ok,
          gate: { failOn: policy.failOn, allowDowntrain: policy.allowDowntrain, reasons: gate.reasons },
          links: phy ? phyLinksJson(phy) : null,
        });
      const onlyProblems =
        opts.links === 'problems' || (opts.links === 'auto' && (phy?.links.length ?? 0) > AUTO_TABLE_LINKS);
      const skipped = !opts.phy
        ? 'physical check skipped (--no-phy)'
        : result.design && !phy
          ? 'physical check skipped: fix the structural errors first'
          : null;
      const sections = phy ? [phyTable(phy, { onlyProblems })] : skipped ? [skipped] : [];
      const text = resultText(result.file, result.issues, sections);
      printText(gate.ok ? text : `${text.trimEnd()}\n${gateLine(gate, policy)}`);
    });
};

interface CheckCliOptions {
  json?: boolean;
  phy: boolean;
  links: 'auto' | 'all' | 'problems';
  failOn: 'error' | 'warn';
  allow?: 'downtrain';
}
