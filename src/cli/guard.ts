/** The CLI's error boundary for one command body: a RackwireError becomes one JSON object or one stderr line, and its exit code. */
import { RackwireError } from '../model/index.js';
import { errorExitCode, printFatal, printJson } from './output.js';

/**
 * Runs a command body; a RackwireError becomes one JSON object (with `--json`) or a stderr line, and its exit
 * code. Returns undefined after reporting an error.
 */
export function guard<T>(
  run: () => T,
  json: boolean | undefined,
  setExit: (code: number) => void,
): T | undefined {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof RackwireError)) throw err;
    if (json) printJson({ ok: false, error: { code: err.code, message: err.message }, issues: err.issues });
    else printFatal(err);
    setExit(errorExitCode(err));
    return undefined;
  }
}
