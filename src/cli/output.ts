/** Printing helpers for the CLI: the JSON envelope on stdout, messages on stderr, error-to-exit-code mapping. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../io/import/index.js';
import {
  InputError,
  issuesOfError,
  NotFoundError,
  RackwireError,
  UsageError,
  type DraftIssue,
  type Issue,
} from '../model/index.js';
import { resultJson } from '../report/envelope.js';

/** How many JSON objects this run has printed: `main` prints an error envelope only when none was. */
let jsonPrinted = 0;
export const resetJsonCount = (): void => {
  jsonPrinted = 0;
};
export const jsonCount = (): number => jsonPrinted;

const printJson = (value: unknown): void => {
  jsonPrinted++;
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
};

/**
 * Prints the one `--json` object of a command: `{ ok, issues, ...result }`, where `ok` is false when any issue
 * is an error. Every command's `--json` goes through here, on success and on failure.
 */
export const printEnvelope = (issues: readonly Issue[], result: Record<string, unknown> = {}): void =>
  printJson(resultJson(issues, result));

export const printText = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
};

/** Exit codes: 0 clean, 1 errors in the user's data (or a bug), 2 usage. */
export function errorExitCode(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (err instanceof InputError || err instanceof NotFoundError) return 1;
  return 1;
}

/** An unexpected exception is a bug: one issue that says so. */
const INTERNAL_HINT = 'this is a bug in rackwire: rerun with --debug for the stack trace and report it';

/** The issues of any error: a RackwireError's own, or one `internal-error` issue. */
export function issuesOfAnyError(err: unknown): Issue[] {
  if (err instanceof RackwireError) return issuesOfError(err);
  const message = err instanceof Error ? err.message : String(err);
  return [
    {
      severity: 'error',
      code: 'internal-error',
      message: `internal error: ${message}`,
      path: null,
      file: null,
      line: null,
      column: null,
      hint: INTERNAL_HINT,
    },
  ];
}

/** Reports an error: the `--json` envelope on stdout (when asked and none was printed), else one stderr line. */
export function reportError(err: unknown, o: { json: boolean; debug: boolean }): void {
  if (o.json && jsonPrinted === 0) printEnvelope(issuesOfAnyError(err));
  else if (!o.json) printFatal(err);
  if (o.debug && !(err instanceof RackwireError))
    process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
}

export function printFatal(err: unknown): void {
  if (err instanceof RackwireError) {
    const hint = err.detail.hint ? `; ${err.detail.hint}` : '';
    process.stderr.write(`rackwire: ${err.message}${hint}\n`);
    return;
  }
  // An unexpected exception is a bug: say so in one line, without a stack trace unless asked (--debug).
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`rackwire: internal error: ${message} (rerun with --debug for the stack trace)\n`);
}

/** Writes `text` to `file`; a failure (missing folder, no permission) is an issue, not a crash. */
export function writeOutputFile(file: string, text: string): DraftIssue[] {
  try {
    writeFileSync(file, text);
    return [];
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return [
      {
        severity: 'error',
        code: 'output-write-failed',
        message: `cannot write ${file}: ${why}`,
        hint: 'check that the folder exists and is writable',
      },
    ];
  }
}

/** Writes a folder of files (`dir/` + relative path, folders made as needed); failures are issues. */
export function writeOutputFiles(dir: string, files: Record<string, string>): DraftIssue[] {
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      return [fsIssue(path, err)];
    }
    const issues = writeOutputFile(path, text);
    if (issues.length) return issues;
  }
  return [];
}

const fsIssue = (path: string, err: unknown): DraftIssue => ({
  severity: 'error',
  code: 'output-write-failed',
  message: `cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`,
  hint: 'check that the folder can be created and is writable',
});

/**
 * A reader that closed the pipe (`rackwire ... | head -1`) ends the run quietly: EPIPE on stdout or stderr
 * exits 0 at once instead of an unhandled 'error' event with a stack trace.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
}

/** Reads a file the user gives (an import, a bus-id listing): a located refusal when missing or over the import limit. */
export function readInput(path: string): string {
  if (!existsSync(path))
    throw new InputError(`${path}: no such file`, 'file-not-found', [], {
      file: path,
      hint: 'check the path of the lspci / nvidia-smi / rocm-smi / NCCL / hwloc / InfraGraph file',
    });
  if (statSync(path).size > MAX_IMPORT_BYTES)
    throw new InputError(
      `${path}: larger than the ${MAX_IMPORT_BYTES}-byte import limit`,
      'import-too-large',
      [],
      { file: path, hint: 'docs/format.md states the import limits; import one host at a time' },
    );
  return readFileSync(path, 'utf8');
}
