/** The `rackwire` command line: a thin adapter that parses arguments, calls the library and renders. */
import { Command, CommanderError } from 'commander';
import type { Issue } from '../model/index.js';
import { commands } from './commands/index.js';
import {
  endQuietlyOnClosedPipe,
  errorExitCode,
  jsonCount,
  printEnvelope,
  reportError,
  resetJsonCount,
} from './output.js';

/** The flags before a `--` terminator (what follows it is operands, never `--json` or `--debug`). */
const flagsOf = (argv: string[]): string[] => {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
};

/** A commander usage error as an issue: code from commander's (`commander.unknownOption` → `unknown-option`). */
function usageIssue(err: CommanderError, argv: string[], names: string[]): Issue {
  const code = err.code.replace(/^commander\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const message = err.message.replace(/^error: /, '');
  const argument = /argument '([\w-]+)'/.exec(message)?.[1];
  const option = argument ? `<${argument}>` : (/'(--?[A-Za-z][\w-]*)/.exec(message)?.[1] ?? null);
  const command = argv.find((a) => names.includes(a));
  return {
    severity: 'error',
    code: code === 'help' ? 'missing-command' : code,
    message: code === 'help' ? 'name a command' : message,
    path: option,
    file: null,
    line: null,
    column: null,
    hint: `rackwire ${command ? `${command} ` : ''}--help lists the usage`,
  };
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const flags = flagsOf(argv);
  const json = flags.includes('--json');
  const debug = flags.includes('--debug');
  const program = new Command('rackwire')
    .description(
      'Model the interconnect of AI racks: link budgets, retimers, paths, collectives, bill of materials.',
    )
    .version('0.1.0')
    .option('--debug', 'print the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  let code = 0;
  for (const register of commands) register(program, (c) => (code = c));
  resetJsonCount();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors exit 2, with --json as the one envelope on stdout
      if (err.exitCode === 0) return 0;
      if (json && jsonCount() === 0)
        printEnvelope([
          usageIssue(
            err,
            argv,
            program.commands.map((c) => c.name()),
          ),
        ]);
      return 2;
    }
    reportError(err, { json, debug });
    return errorExitCode(err);
  }
}

/** The `rackwire` executable: closed pipes end quietly, the exit code is main's. */
export async function runMain(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  process.exitCode = await main(argv);
}
