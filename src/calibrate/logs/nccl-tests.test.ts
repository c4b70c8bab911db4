import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNcclTests } from './nccl-tests.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/sim/${name}`, import.meta.url), 'utf8');

describe('nccl-tests / rccl-tests output parser', () => {
  it('reads the rccl-tests MI300X all_reduce table and recomputes busbw from time', () => {
    const [run, ...rest] = parseNcclTests(fixture('amd-mi300x-1node-8gpu-rccl-allreduce.txt'));
    expect(rest).toHaveLength(0);
    expect(run!.op).toBe('all_reduce');
    expect(run!.nRanks).toBe(8);
    expect(run!.rows).toHaveLength(31); // 8 B .. 8 GiB by factor 2 = 2^3 .. 2^33
    const last = run!.rows.at(-1)!;
    expect(last.sizeBytes).toBe(8589934592);
    expect(last.outOfPlace.busbwGBps).toBe(315.69);
    // 8589934592 B / 47617 us = 180.40 GB/s; x 2 x 7 / 8 = 315.69
    expect(last.outOfPlace.busbwRecomputedGBps).toBeCloseTo(315.69, 1);
    expect(run!.avgBusBwGBps).toBe(110.464);
  });

  it('splits a file with several runs and names each op (AutoDL 2x 2080 Ti)', () => {
    const runs = parseNcclTests(fixture('autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt'));
    expect(runs.map((r) => r.op)).toEqual([
      'all_reduce',
      'all_gather',
      'broadcast',
      'reduce',
      'reduce',
      'all_to_all',
    ]);
    const allReduce = runs[0]!;
    expect(allReduce.rows.at(-1)!.outOfPlace.busbwGBps).toBe(4);
    expect(allReduce.rows.at(-1)!.outOfPlace.busbwRecomputedGBps).toBeCloseTo(4.0, 1);
  });

  it('uses -t to name the op and counts 16 ranks across 2 hosts (GCP A4 B200 all_gather)', () => {
    const [run] = parseNcclTests(fixture('gcp-a4-2node-16xB200-all_gather-nccl-tests.txt'));
    expect(run!.op).toBe('all_gather');
    expect(run!.nRanks).toBe(16);
    const row = run!.rows.find((r) => r.sizeBytes === 4294967296)!;
    // 67108864 x 4 B x 16 ranks / 15394 us = 279.0 GB/s algbw; x 15/16 = 261.57
    expect(row.outOfPlace.busbwRecomputedGBps).toBeCloseTo(261.57, 0);
  });

  it('skips NCCL INFO log lines between rows (MOC RoCE log)', () => {
    const [run] = parseNcclTests(fixture('moc-2node-1xH100-each-roce-allreduce.log.txt'));
    expect(run!.nRanks).toBe(2);
    expect(run!.rows.at(-1)!.sizeBytes).toBe(26843545600);
    expect(run!.rows.at(-1)!.outOfPlace.busbwRecomputedGBps).toBeCloseTo(14.97, 1);
  });

  it('finds no table in prose summaries (ml-engineering NVLS sweep)', () => {
    expect(parseNcclTests(fixture('mlengineering-h200-b200-nvls-gpucount-sweep.txt'))).toEqual([]);
  });

  it('warns instead of guessing when the op is unknown', () => {
    const text =
      '#  Rank  0 Group\n#       size         count      type\n        1024           256     float     sum      -1    10.0    0.10    0.10      0\n';
    const [run] = parseNcclTests(text);
    expect(run!.rows).toHaveLength(1);
    expect(run!.issues.map((i) => i.code)).toEqual(['nccl-tests-unknown-shape']);
  });
});
