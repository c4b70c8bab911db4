import { describe, expect, it } from 'vitest';
import { GIB, InputError, MIB } from '../../model/index.js';
import { busBwFactor, ncclTestsBandwidth, ncclTestsCounts, parseSize, sizeSweep } from './semantics.js';

describe('nccl-tests semantics', () => {
  it('all_reduce: count = size / 4 for float', () => {
    // AMD MI300X file: 8589934592 B -> 2147483648 elements
    expect(ncclTestsCounts('all_reduce', 8589934592, 8)).toEqual({
      sizeBytes: 8589934592,
      count: 2147483648,
    });
  });

  it('all_gather: count is per rank, size the whole buffer (GCP B200 file: 1024 B, 16 ranks -> count 16)', () => {
    // 1024 / 4 = 256 elements; 256 / 16 = 16, already a multiple of 16/4 = 4
    expect(ncclTestsCounts('all_gather', 1024, 16)).toEqual({ sizeBytes: 1024, count: 16 });
  });

  it('all_gather rounds the per-rank count down to 16 bytes: 1000 B on 3 ranks', () => {
    // 250 elements / 3 = 83 -> & ~3 = 80 elements; size = 80 x 3 x 4 = 960
    expect(ncclTestsCounts('all_gather', 1000, 3)).toEqual({ sizeBytes: 960, count: 80 });
  });

  it('busbw factors follow nccl-tests Get*Bw', () => {
    expect(busBwFactor('all_reduce', 8)).toBe(14 / 8);
    expect(busBwFactor('all_gather', 16)).toBe(15 / 16);
    expect(busBwFactor('reduce_scatter', 4)).toBe(3 / 4);
    expect(busBwFactor('all_to_all', 2)).toBe(1 / 2);
    expect(busBwFactor('broadcast', 8)).toBe(1);
    expect(busBwFactor('reduce', 8)).toBe(1);
    expect(busBwFactor('sendrecv', 8)).toBe(1);
  });

  it('reproduces a measured row: MI300X all_reduce 8 GiB in 47617 us -> algbw 180.40, busbw 315.69', () => {
    // rccl-tests row: 8589934592 2147483648 float sum -1 47616 180.40 315.69
    const bw = ncclTestsBandwidth('all_reduce', 2147483648, 4, 47617, 8);
    expect(bw.algbwGBps).toBeCloseTo(180.4, 1);
    expect(bw.busbwGBps).toBeCloseTo(315.69, 1);
  });

  it('parses sizes with binary suffixes', () => {
    expect(parseSize('8')).toBe(8);
    expect(parseSize('1K')).toBe(1024);
    expect(parseSize('64M')).toBe(64 * MIB);
    expect(parseSize('8G')).toBe(8 * GIB);
    expect(() => parseSize('8 TB')).toThrow(InputError);
  });

  it('sweeps like -b 8 -e 64 -f 2 and with a byte step', () => {
    expect(sizeSweep(8, 64, { factor: 2 })).toEqual([8, 16, 32, 64]);
    expect(sizeSweep(1024, 4096, { bytes: 1024 })).toEqual([1024, 2048, 3072, 4096]);
  });
});
