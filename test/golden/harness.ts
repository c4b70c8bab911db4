/** Golden-output harness: runs CLI commands in-process and diffs stdout, stderr, exit code and written files against test/golden/expected/. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/** One golden case: a name (the expected file's stem) and the CLI arguments; `$OUT` stands for a fresh temporary folder. */
export interface GoldenCase {
  name: string;
  args: string[];
}

/** A case from its command line (arguments split at spaces; no argument of a golden case contains one). */
export const cmd = (name: string, line: string): GoldenCase => ({ name, args: line.split(' ') });

const EXPECTED = 'test/golden/expected';

/** Replaces what differs between machines and runs (the checkout's absolute path, the temporary folder) with placeholders. */
function normalize(text: string, out: string): string {
  return text.split(out).join('$OUT').split(process.cwd()).join('<repo>');
}

/** Runs one case and renders everything it produced as one text: the command, exit code, stdout, stderr, then each written file. */
async function record(c: GoldenCase): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'rackwire-golden-'));
  try {
    const args = c.args.map((a) => a.split('$OUT').join(out));
    const r = await runCli(args);
    const parts = [
      `$ rackwire ${c.args.join(' ')}`,
      `exit ${r.code}`,
      '--- stdout',
      r.stdout,
      '--- stderr',
      r.stderr,
    ];
    for (const f of readdirSync(out).sort())
      parts.push(`--- file $OUT/${f}`, readFileSync(join(out, f), 'utf8'));
    return normalize(parts.join('\n'), out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Declares one test per case; UPDATE_GOLDEN=1 rewrites the expected file instead of comparing. */
export function goldenSuite(command: string, cases: GoldenCase[]): void {
  describe(`golden: ${command}`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const actual = await record(c);
        const file = join(EXPECTED, `${c.name}.txt`);
        if (process.env.UPDATE_GOLDEN) {
          mkdirSync(EXPECTED, { recursive: true });
          writeFileSync(file, actual);
        }
        if (!existsSync(file))
          throw new Error(`no golden ${file}: run UPDATE_GOLDEN=1 npx vitest run test/golden`);
        expect(actual).toBe(readFileSync(file, 'utf8'));
      });
    }
  });
}
