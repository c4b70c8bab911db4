import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitCollectiveCalibration, forcedAlgo } from '../../src/sim/index.js';
import { measuredCases } from './cases.js';

describe('fitting the collective model', () => {
  const cases = measuredCases().filter(
    (c) => / 8 GPU all_reduce (ring|nvls) 8G$/.test(c.label) && c.label.startsWith('H200'),
  );

  it('H200 ring + NVLS at 8 GiB: link efficiency, then NVLS efficiency on top of it', () => {
    const p = fitCollectiveCalibration(cases).calibration.params;
    // ring busbw on raw NVLink 4: 18 links x 25 GB/s = 450 GB/s; 365.6 / 450 = 0.8124, a little more as the
    // prediction keeps a small latency share (NCCL base + 14 step latencies, ~0.2 % of 40 ms)
    const link = p['collective.efficiency.nvlink.gen4']!.value;
    expect(link).toBeGreaterThan(0.8124);
    expect(link).toBeLessThan(0.815);
    expect(p['collective.efficiency.scaleup']!.value).toBe(link);
    // NVLS: 2(n-1)/(n+1) x 450 x link = 14/9 x 365.2 = 568.1 GB/s predicted; 473.1 / 568.1 = 0.833
    expect(p['collective.nvlsEfficiency']!.value).toBeCloseTo(473.1 / ((14 / 9) * 450 * link), 2);
    // no 1-64 MiB points in these cases: no latency fitted
    expect(p['collective.latencyUs.scaleup']).toBeUndefined();
    expect(p['collective.efficiency.nvlink.gen4']!.fittedFrom).toEqual([
      'mlengineering-h200-b200-nvls-gpucount-sweep.txt',
    ]);
  });

  it('reads NCCL_ALGO forced in the log (MOC H100 log: RING)', () => {
    const text = readFileSync(
      'test/fixtures/collective/moc-2node-1xH100-each-roce-allreduce.log.txt',
      'utf8',
    );
    expect(forcedAlgo(text)).toBe('ring');
    expect(forcedAlgo('# nccl-tests output without NCCL INFO lines')).toBeNull();
  });
});
