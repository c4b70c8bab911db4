import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitCollectiveCalibration, forcedAlgo, predictCase } from '../../src/calibrate/index.js';
import { measuredCases, supportingCases } from './cases.js';

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
    expect(p['collective.stepLatencyUs.scaleup']).toBeUndefined();
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
    // NCCL_ALGO does not apply to point-to-point ops: the MOC sendrecv log forced RING, sendrecv ran direct
    const sendrecv = readFileSync(
      'test/fixtures/collective/moc-2node-1xH100-each-roce-sendrecv.log.txt',
      'utf8',
    );
    expect(forcedAlgo(sendrecv)).toBe('ring');
    expect(forcedAlgo(sendrecv, 'sendrecv')).toBeNull();
    expect(forcedAlgo(sendrecv, 'all_reduce')).toBe('ring');
  });

  it('software latency is fitted per step and charged per step: 2 ranks (1 step) carry to 16 ranks (15 steps)', () => {
    const twoRank = supportingCases().filter((c) => c.label === '2-node H200 1 GPU each all_gather');
    const fit = fitCollectiveCalibration(twoRank).calibration;
    const step = fit.params['collective.stepLatencyUs.scaleout']!;
    expect(step.fittedFrom).toEqual(['gcp-a3ultra-2node-1xH200-all_gather-nccl-tests.txt']);
    // the 1-64 MiB residuals of that log are tens of microseconds per step (61.3 us at 1 MiB, of which the
    // bandwidth part at ~32 GB/s is 0.5 MiB / 32 GB/s = 16 us)
    expect(step.value).toBeGreaterThan(5);
    expect(step.value).toBeLessThan(100);
    // 16-rank ring all_gather across the two B200 nodes: n - 1 = 15 latency-paying steps
    const b200 = measuredCases().find((c) => c.label === '2-node B200 all_gather')!;
    const noLatency = { ...fit, params: { ...fit.params } };
    delete noLatency.params['collective.stepLatencyUs.scaleout'];
    const sizes = [2 ** 20, 2 ** 26];
    const a = predictCase(b200, 'calibrated', fit, sizes).result.results;
    const b = predictCase(b200, 'calibrated', noLatency, sizes).result.results;
    for (const [i, r] of a.entries()) {
      expect(r.latencySteps).toBe(15);
      expect(r.timeUs - b[i]!.timeUs).toBeCloseTo(15 * step.value, 6);
    }
  });
});
