/** The `rackwire` command line: a thin adapter that parses arguments, calls the library and renders. */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { errorExitCode, printFatal } from './output.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('rackwire')
    .description(
      'Model the interconnect of AI racks: link budgets, retimers, paths, collectives, bill of materials.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  let code = 0;
  for (const register of commands) register(program, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors exit 2
      return err.exitCode === 0 ? 0 : 2;
    }
    printFatal(err);
    return errorExitCode(err);
  }
}
