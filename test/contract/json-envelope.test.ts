/**
 * The CLI's input contract (docs/cli.md): every command with `--json` prints exactly one object
 * { ok, issues, ...result } on success, on failure and on usage errors; ok is false exactly when an issue is an
 * error; the exit code is 0 clean, 1 input errors, 2 usage; no stack trace on stderr. The table below must name
 * every registered command, so a new command cannot skip the contract.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from '../support/run-cli.js';

const out = mkdtempSync(join(tmpdir(), 'rackwire-contract-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const IssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  message: z.string().min(1),
  path: z.string().min(1).nullable(),
  file: z.string().min(1).nullable(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
  hint: z.string().min(1).nullable(),
});
const EnvelopeSchema = z.looseObject({ ok: z.boolean(), issues: z.array(IssueSchema) });

type Case = string[];
interface CommandCases {
  success: Case;
  failure?: Case;
  usage: Case;
}

const D = 'builtin:hgx-h100-8';
const BAD = 'test/fixtures/bad/13-port-not-found.yaml';
const MISSING = 'no/such/design.yaml';

/** One success, failure (input error, exit 1) and usage (exit 2) case per command; `--json` is added to each. */
const CASES: Record<string, CommandCases> = {
  bom: { success: ['bom', D], failure: ['bom', BAD], usage: ['bom'] },
  calibrate: {
    success: [
      'calibrate',
      'test/fixtures/perf/autodl-2x2080ti.yaml',
      'test/fixtures/perf/autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt',
    ],
    failure: ['calibrate', 'test/fixtures/perf/autodl-2x2080ti.yaml', 'no/such/log.txt'],
    usage: ['calibrate', 'test/fixtures/perf/autodl-2x2080ti.yaml'],
  },
  catalog: { success: ['catalog', '--estimates'], usage: ['catalog'] },
  'catalog list': { success: ['catalog', 'list', '--kind', 'retimer'], usage: ['catalog', 'list', '--kind'] },
  'catalog show': {
    success: ['catalog', 'show', 'pcie5'],
    failure: ['catalog', 'show', 'pcie55'],
    usage: ['catalog', 'show'],
  },
  'catalog standards': { success: ['catalog', 'standards'], usage: ['catalog', 'standards', 'extra'] },
  check: { success: ['check', D], failure: ['check', BAD], usage: ['check', D, '--links', 'some'] },
  collective: {
    success: ['collective', D, '--op', 'all_reduce', '--bytes', '1M'],
    failure: ['collective', MISSING, '--op', 'all_reduce', '--bytes', '1M'],
    usage: ['collective', D, '--bytes', '1M'],
  },
  compare: {
    success: ['compare', D, 'builtin:mi300x-8'],
    failure: ['compare', D, MISSING],
    usage: ['compare', D, 'builtin:mi300x-8', '--accelerators', '0'],
  },
  export: {
    success: ['export', D, '--to', 'json'],
    failure: ['export', MISSING, '--to', 'json'],
    usage: ['export', D, '--to', 'pdf'],
  },
  import: {
    success: ['import', 'test/fixtures/import/formats-nvidia-smi-topo-m.txt'],
    failure: ['import', 'no/such/topo.txt'],
    usage: ['import', 'test/fixtures/import/formats-nvidia-smi-topo-m.txt', '--from', 'csv'],
  },
  new: {
    success: ['new', 'hgx-h100-8', '-o', join(out, 'new.yaml'), '--force'],
    failure: ['new', 'hgx-h100-9'],
    usage: ['new'],
  },
  paths: {
    success: ['paths', D],
    failure: ['paths', D, '--calibration', 'no/such/cal.yaml'],
    usage: ['paths', D, '--devices', 'gpu,fpga'],
  },
  'phy cables': {
    success: ['phy', 'cables', D],
    failure: ['phy', 'cables', MISSING],
    usage: ['phy', 'cables', D, '--prefer', 'price'],
  },
  'phy place-retimers': {
    success: ['phy', 'place-retimers', D],
    failure: ['phy', 'place-retimers', MISSING],
    usage: ['phy', 'place-retimers'],
  },
  'phy waterfall': {
    success: [
      'phy',
      'waterfall',
      'test/fixtures/phy/long-gen5-fr4.yaml',
      '--link',
      'node0/cpu0.p0~node0/nic0.pcie',
    ],
    failure: ['phy', 'waterfall', D, '--link', 'no-such-link'],
    usage: ['phy', 'waterfall', D],
  },
  plan: {
    success: ['plan', '--nodes', '2'],
    failure: ['plan', 'test/fixtures/plan/intent-bad.yaml'],
    usage: ['plan', '--nodes', '0'],
  },
  report: {
    success: ['report', D, '-o', join(out, 'report.html')],
    failure: ['report', BAD, '-o', join(out, 'bad.html')],
    usage: ['report', D],
  },
  schema: { success: ['schema'], usage: ['schema', 'extra'] },
};

/** The leaf commands the CLI registers: `check`, `catalog show`, `phy cables`, and a parent with an action. */
function registeredCommands(): string[] {
  const program = new Command('rackwire');
  for (const register of commands) register(program, () => undefined);
  const names: string[] = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      const name = prefix ? `${prefix} ${sub.name()}` : sub.name();
      const hasAction = (sub as unknown as { _actionHandler: unknown })._actionHandler !== null;
      if (hasAction) names.push(name);
      walk(sub, name);
    }
  };
  walk(program, '');
  return names.sort();
}

async function envelopeOf(args: string[]) {
  const r = await runCli([...args, '--json']);
  expect(r.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  let parsed: unknown;
  expect(
    () => (parsed = JSON.parse(r.stdout)),
    `stdout of ${args.join(' ')} is one JSON document`,
  ).not.toThrow();
  const env = EnvelopeSchema.parse(parsed);
  // an error issue makes ok false (check's gate may also fail on verdicts: its gate.reasons say why)
  if (env.issues.some((i) => i.severity === 'error')) expect(env.ok).toBe(false);
  return { code: r.code, env };
}

describe('every --json prints one { ok, issues, ...result } object', () => {
  it('the table names every registered command', () => {
    expect(Object.keys(CASES).sort()).toEqual(registeredCommands());
  });

  for (const [name, c] of Object.entries(CASES)) {
    describe(name, () => {
      it('success: ok, exit 0', async () => {
        const { code, env } = await envelopeOf(c.success);
        expect(env.ok).toBe(true);
        expect(code).toBe(0);
      });
      if (c.failure)
        it('input error: not ok, exit 1, a located error issue with a hint', async () => {
          const { code, env } = await envelopeOf(c.failure!);
          expect(env.ok).toBe(false);
          expect(code).toBe(1);
          const errors = env.issues.filter((i) => i.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) {
            expect(e.path ?? e.file, `${e.code} is located`).not.toBeNull();
            expect(e.hint, `${e.code} has a hint`).not.toBeNull();
          }
        });
      it('usage error: not ok, exit 2, one error issue with a hint', async () => {
        const { code, env } = await envelopeOf(c.usage);
        expect(env.ok).toBe(false);
        expect(code).toBe(2);
        expect(env.issues).toHaveLength(1);
        expect(env.issues[0]!.severity).toBe('error');
        expect(env.issues[0]!.hint, 'a usage error says what to do').not.toBeNull();
      });
    });
  }
});
