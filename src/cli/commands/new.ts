/** `rackwire new NAME -o FILE`: copy a built-in design (examples/NAME.yaml) out to edit; `--list` shows them. */
import { copyFileSync, existsSync } from 'node:fs';
import { builtinDescription, builtinNames, builtinPath } from '../../io/index.js';
import { NotFoundError, suggest, UsageError } from '../../model/index.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

interface NewOptions {
  output?: string;
  force?: boolean;
  list?: boolean;
  json?: boolean;
}

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('new')
    .description('copy a built-in design to a file to start from (rackwire new --list shows them)')
    .argument('[name]', 'built-in design name, e.g. hgx-h100-8')
    .option('-o, --output <file>', 'file to write (default: NAME.yaml)')
    .option('--force', 'overwrite the file if it exists')
    .option('--list', 'list the built-in designs with their description')
    .option('--json', 'print one JSON object')
    .action((name: string | undefined, opts: NewOptions) => {
      if (opts.list) {
        const rows = builtinNames().map((n) => ({ name: n, description: builtinDescription(n) }));
        if (opts.json) printJson({ builtins: rows });
        else printText(rows.map((r) => `${r.name.padEnd(20)}  ${r.description}`).join('\n'));
        return;
      }
      if (!name) throw new UsageError('name a built-in design (rackwire new --list shows them)', 'usage');
      const from = builtinPath(name);
      if (!from) {
        const guess = suggest(name, builtinNames());
        const hint = guess ? `; did you mean "${guess}"?` : ' (rackwire new --list shows them)';
        if (!opts.json) throw new NotFoundError(`no built-in design "${name}"${hint}`, 'builtin-not-found');
        printJson({ ok: false, name, file: null, error: `no built-in design "${name}"`, didYouMean: guess });
        return setExit(1);
      }
      const to = opts.output ?? `${name}.yaml`;
      if (existsSync(to) && !opts.force) {
        const message = `${to} exists; use --force to overwrite it`;
        if (!opts.json) throw new UsageError(message, 'file-exists');
        printJson({ ok: false, name, file: to, error: message, didYouMean: null });
        return setExit(2);
      }
      copyFileSync(from, to);
      if (opts.json) printJson({ ok: true, name, file: to, error: null, didYouMean: null });
      else printText(`wrote ${to} (builtin:${name})`);
    });
};
