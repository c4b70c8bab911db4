/** `rackwire check DESIGN`: structural (and physical) validation with located issues. */
import { Option } from 'commander';
import { checkDesign } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { resultJson, resultText } from '../../report/envelope.js';
import { phyLinksJson, phyTable } from '../../report/phy.js';
import { printJson, printText } from '../output.js';
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
      new Option(
        '--links <which>',
        `per-link table: all, problems, or auto (all up to ${AUTO_TABLE_LINKS} links)`,
      )
        .choices(['auto', 'all', 'problems'])
        .default('auto'),
    )
    .action((design: string, opts: { json?: boolean; phy: boolean; links: 'auto' | 'all' | 'problems' }) => {
      const result = checkDesign(design, { phy: opts.phy });
      const phy = result.phy;
      setExit(hasErrors(result.issues) ? 1 : 0);
      if (opts.json) return printJson(resultJson(result.issues, { links: phy ? phyLinksJson(phy) : null }));
      const onlyProblems =
        opts.links === 'problems' || (opts.links === 'auto' && (phy?.links.length ?? 0) > AUTO_TABLE_LINKS);
      const skipped = !opts.phy
        ? 'physical check skipped (--no-phy)'
        : result.design && !phy
          ? 'physical check skipped: fix the structural errors first'
          : null;
      const sections = phy ? [phyTable(phy, { onlyProblems })] : skipped ? [skipped] : [];
      printText(resultText(result.file, result.issues, sections));
    });
};
