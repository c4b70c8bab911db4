/**
 * `npm run bench`: runs every case of bench/*.bench.ts, each in its own process (so peak memory is the
 * case's own), and writes bench/results.json with median wall time, peak RSS and the machine it ran on.
 * `npm run bench -- NAME` runs only the cases whose name contains NAME.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './types.js';

interface CaseResult {
  name: string;
  params: Record<string, unknown>;
  medianMs: number;
  minMs: number;
  runs: number;
  peakMemoryMB: number;
  extra?: Record<string, unknown>;
  date?: string;
}

const filter = process.argv[2] ?? '';
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts'));
const results: CaseResult[] = [];

for (const file of files) {
  const mod = (await import(`./${file}`)) as { benches: Bench[] };
  for (const bench of mod.benches) {
    if (!bench.name.includes(filter)) continue;
    process.stdout.write(`${bench.name} ... `);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join('bench', 'one.ts'), file, bench.name],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const result = JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
    results.push({ ...result, date: new Date().toISOString() });
    process.stdout.write(
      `median ${result.medianMs.toFixed(1)} ms, peak ${result.peakMemoryMB.toFixed(0)} MB\n`,
    );
  }
}

// A filtered run updates its own cases and keeps the others' recorded results.
const resultsFile = join('bench', 'results.json');
const previous: CaseResult[] = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { results: CaseResult[] }).results
  : [];
const merged = [...previous.filter((p) => !results.some((r) => r.name === p.name)), ...results];

const cpu = cpus()[0];
writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpuModel: cpu?.model ?? 'unknown',
        cores: cpus().length,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
      },
      results: merged,
    },
    null,
    2,
  ) + '\n',
);
console.log(`wrote bench/results.json (${results.length} cases run, ${merged.length} recorded)`);
