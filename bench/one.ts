/** Runs one benchmark case (bench/run.ts starts this in a fresh process) and prints its result as JSON. */
import { performance } from 'node:perf_hooks';
import type { Bench } from './types.js';

const [file, name] = process.argv.slice(2);
const mod = (await import(`./${file}`)) as { benches: Bench[] };
const bench = mod.benches.find((b) => b.name === name);
if (!bench) throw new Error(`no bench ${name} in ${file}`);

const input = bench.setup ? await bench.setup() : undefined;
const times: number[] = [];
let extra: unknown;
for (let i = 0; i < (bench.repeat ?? 5); i++) {
  const t0 = performance.now();
  extra = await bench.run(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const mid = Math.floor(times.length / 2);
const medianMs = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
console.log(
  JSON.stringify({
    name: bench.name,
    params: bench.params,
    medianMs,
    minMs: times[0],
    runs: times.length,
    // maxRSS is in kilobytes: the peak resident memory of this process, setup included.
    peakMemoryMB: process.resourceUsage().maxRSS / 1024,
    ...(extra && typeof extra === 'object' ? { extra } : {}),
    // Simulation cases report their event count; the rate is per second of median wall time.
    ...(typeof (extra as { events?: unknown } | undefined)?.events === 'number'
      ? { eventsPerSecond: Math.round((extra as { events: number }).events / (medianMs / 1000)) }
      : {}),
  }),
);
