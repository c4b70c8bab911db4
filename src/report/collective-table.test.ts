import { describe, expect, it } from 'vitest';
import type { CollectiveResult } from '../sim/collective.js';
import { collectiveToJson } from './collective-json.js';
import {
  collectiveRowLine,
  ncclFloat,
  renderCollectiveExplain,
  renderCollectiveTable,
} from './collective-table.js';

const row = {
  bytes: 8589934592,
  count: 2147483648,
  algo: 'ring' as const,
  protocol: 'simple',
  timeUs: 47617,
  algbwGBps: 180.4,
  busbwGBps: 315.69,
  latencyUs: 60,
  latencySteps: 14,
  bandwidthUs: 47557,
  bottleneckLinks: ['node0/gpu0>nvsw'],
  candidates: [
    { algo: 'ring' as const, protocol: 'simple', timeUs: 47617 },
    { algo: 'tree' as const, protocol: 'simple', timeUs: 52000 },
  ],
};
const result: CollectiveResult = {
  op: 'all_reduce',
  algo: 'auto',
  routing: 'ecmp',
  ranks: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
  mode: 'flow',
  results: [row],
  engine: null,
  issues: [],
};

describe('nccl-tests table layout', () => {
  it('formats floats as getFloatStr does: %.2f, then fewer decimals when too wide', () => {
    expect(ncclFloat(315.69, 6)).toBe('315.69');
    // nccl-tests HEAD prints 47617.0 (fits 7 wide); the older rccl-tests in the MI300X file printed 47617
    expect(ncclFloat(47617, 7)).toBe('47617.0');
    expect(ncclFloat(123456, 7)).toBe(' 123456');
    expect(ncclFloat(149.9, 7)).toBe(' 149.90');
    expect(ncclFloat(1234.567, 6)).toBe('1234.6');
    expect(ncclFloat(0.001, 6)).toBe('  0.00');
  });

  it('lays out a row in the column positions of rccl-tests output (MI300X file, line 67)', () => {
    // measured: "  8589934592    2147483648     float     sum      -1    47617  180.40  315.69" (older %7.0f time);
    // the same columns with nccl-tests HEAD's getFloatStr time "47617.0"
    expect(collectiveRowLine('all_reduce', row)).toBe(
      '  8589934592    2147483648     float     sum      -1  47617.0  180.40  315.69  ring/simple',
    );
  });

  it('renders header, rows and the average bus bandwidth footer', () => {
    const text = renderCollectiveTable(result, 'test fabric');
    expect(text).toContain(
      '#       size         count      type   redop    root     time   algbw   busbw  algo',
    );
    expect(text).toContain('#        (B)    (elements)                               (us)  (GB/s)  (GB/s)');
    expect(text).toContain('# Avg bus bandwidth    : 315.69');
    expect(text).toContain('routing ecmp');
  });

  it('maps to exactly the --json shape of issue #6; --explain adds the split and bottlenecks', () => {
    const json = collectiveToJson(result);
    expect(json).toEqual({
      op: 'all_reduce',
      algo: 'auto',
      ranks: 8,
      results: [
        {
          bytes: 8589934592,
          count: 2147483648,
          algo: 'ring',
          timeUs: 47617,
          algbwGBps: 180.4,
          busbwGBps: 315.69,
        },
      ],
    });
    const ex = collectiveToJson(result, true, { profile: 'nccl' }).explain!;
    expect(ex).toMatchObject({ routing: 'ecmp', profile: 'nccl', placement: null, stepLatencyUs: null });
    expect(ex.rows[0]).toEqual({
      bytes: 8589934592,
      protocol: 'simple',
      latencyUs: 60,
      latencySteps: 14,
      bandwidthUs: 47557,
      bottleneckLinks: ['node0/gpu0>nvsw'],
      candidates: row.candidates,
    });
  });

  it('--explain text prints the tuning table: every candidate with its time, the winner first', () => {
    const text = renderCollectiveExplain(result);
    expect(text).toContain('#   tuning: ring/simple 47617.00, tree/simple 52000.00');
  });
});
