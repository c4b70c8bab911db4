/** `rackwire check DESIGN`: structural (and physical) validation with located issues. */
import { checkDesign } from '../../api/index.js';
import { hasErrors } from '../../model/index.js';
import { checkJson, checkText } from '../../report/check.js';
import { phyLinksJson, phyTable } from '../../report/phy.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './index.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('check')
    .description('validate a design: structure, parts, ports, lanes, PCIe tree (and the physical layer)')
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .option('--json', 'print one JSON object: { ok, issues, links }')
    .option('--no-phy', 'skip the physical-layer check')
    .action((design: string, opts: { json?: boolean; phy: boolean }) => {
      const result = checkDesign(design, { phy: opts.phy });
      const phy = result.phy;
      if (opts.json) printJson(checkJson(result.issues, phy ? { links: phyLinksJson(phy) } : {}));
      else printText(checkText(result.file, result.issues, phy ? [phyTable(phy)] : []));
      setExit(hasErrors(result.issues) ? 1 : 0);
    });
};
