/** `rackwire new NAME -o FILE`: copy a built-in design (examples/NAME.yaml) out to edit; `--list` shows them. */
import { existsSync, readFileSync } from 'node:fs';
import { builtinDescription, builtinNames, builtinPath } from '../../io/index.js';
import { issueAtFile, NotFoundError, suggest, UsageError } from '../../model/index.js';
import { formatIssues } from '../../report/issues.js';
import { printEnvelope, printText, writeOutputFile } from '../output.js';
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
        if (opts.json) printEnvelope([], { builtins: rows });
        else printText(rows.map((r) => `${r.name.padEnd(20)}  ${r.description}`).join('\n'));
        return;
      }
      if (!name)
        throw new UsageError('name a built-in design', 'usage', [], {
          path: '<name>',
          hint: 'rackwire new --list shows them',
        });
      const from = builtinPath(name);
      if (!from) {
        const guess = suggest(name, builtinNames());
        const hint = guess ? `did you mean "${guess}"?` : 'rackwire new --list shows them';
        throw new NotFoundError(`no built-in design "${name}"`, 'builtin-not-found', [], {
          path: '<name>',
          hint,
        });
      }
      const to = opts.output ?? `${name}.yaml`;
      if (existsSync(to) && !opts.force)
        throw new UsageError(`${to} exists`, 'file-exists', [], {
          path: '--output',
          file: to,
          hint: 'use --force to overwrite it',
        });
      const written = writeOutputFile(to, readFileSync(from, 'utf8')).map((d) => issueAtFile(d, to));
      if (written.length) {
        if (opts.json) printEnvelope(written, { name, file: null });
        else process.stderr.write(formatIssues(written) + '\n');
        return setExit(1);
      }
      if (opts.json) printEnvelope([], { name, file: to });
      else printText(`wrote ${to} (builtin:${name})`);
    });
};
