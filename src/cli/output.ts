/** Printing helpers for the CLI: JSON on stdout, messages on stderr, error-to-exit-code mapping. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../io/import/index.js';
import { InputError, NotFoundError, RackwireError, UsageError, type DraftIssue } from '../model/index.js';

export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
};

export const printText = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
};

/** Exit codes: 0 clean, 1 errors in the user's data, 2 usage. */
export function errorExitCode(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (err instanceof InputError || err instanceof NotFoundError) return 1;
  return 1;
}

export function printFatal(err: unknown): void {
  if (err instanceof RackwireError) {
    process.stderr.write(`rackwire: ${err.message}\n`);
    return;
  }
  // An unexpected exception is a bug: say so in one line, without a stack trace unless asked.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`rackwire: internal error: ${message}\n`);
  if (process.env.RACKWIRE_DEBUG) process.stderr.write(`${(err as Error).stack ?? ''}\n`);
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

/** Reads a file the user gives (an import, a bus-id listing): a located refusal when missing or over the import limit. */
export function readInput(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`, 'file-not-found');
  if (statSync(path).size > MAX_IMPORT_BYTES)
    throw new InputError(
      `${path}: larger than the ${MAX_IMPORT_BYTES}-byte import limit`,
      'import-too-large',
    );
  return readFileSync(path, 'utf8');
}
