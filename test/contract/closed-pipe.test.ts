/**
 * `rackwire phy cables ... | head -1`: a reader that closes the pipe ends the run quietly (exit 0, nothing on
 * stderr), instead of an unhandled EPIPE with a stack trace. Runs the CLI's real entry (runMain) in a child
 * process whose stdout is closed after the first line.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ENTRY = "import { runMain } from './src/cli/main.ts'; await runMain(process.argv.slice(1));";

function runAndCloseAfterFirstLine(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ENTRY, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let seen = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.stdout.on('data', (d: Buffer) => {
      seen += String(d);
      if (seen.includes('\n')) child.stdout.destroy(); // what `head -1` does
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('closed pipes', () => {
  it('phy cables on a 72-GPU rack ends quietly when the reader stops after one line', async () => {
    const r = await runAndCloseAfterFirstLine(['phy', 'cables', 'builtin:gb200-nvl72']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
