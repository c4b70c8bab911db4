/** The shape of one CLI command module: it registers its subcommand and reports its exit code through `setExit`. */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void;
