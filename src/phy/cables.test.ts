import { describe, it, expect } from 'vitest';
import { mergeCatalogs, type Cable } from '../catalog/index.js';
import { selectCable } from './cables.js';

const cable = (
  id: string,
  medium: Cable['medium'],
  maxReachM: number,
  powerWPerEnd: number,
  resets = false,
): Cable => ({
  id,
  name: id,
  medium,
  protocols: ['ethernet'],
  laneRateGbps: 100,
  maxReachM,
  powerWPerEnd,
  resetsChannelBudget: resets,
});
// Figures follow standards-data §6: DAC ≤3 m at 0.1 W/end, AEC ≤7 m at <5 W/end, AOC 2-30 m at ~3 W/end.
const cat = mergeCatalogs({
  catalogVersion: 1,
  cables: [
    cable('dac', 'passive-copper', 3, 0.1),
    cable('aec', 'aec', 7, 5, true),
    cable('aoc', 'aoc', 30, 3, true),
  ],
});
const q = (lengthM: number, prefer: 'power' | 'reach' = 'power') =>
  selectCable(cat, { protocol: 'ethernet', lengthM, laneRateGbps: 100, gen: null, prefer });

describe('selectCable', () => {
  it('prefers passive copper when it reaches (power)', () => {
    expect(q(2).choice?.id).toBe('dac');
  });
  it('moves to the lowest-power option that reaches: AOC (3 W) beats AEC (5 W) at 5 m', () => {
    expect(q(5).choice?.id).toBe('aoc');
    expect(q(5).options.map((c) => c.id)).toEqual(['aoc', 'aec']);
  });
  it('prefer reach takes the longest-reaching option', () => {
    expect(q(2, 'reach').choice?.id).toBe('aoc');
  });
  it('a cable longer than any option is an error naming the maximum reach', () => {
    const r = q(40);
    expect(r.choice).toBeNull();
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'phy-cable-too-long' });
    expect(r.issues[0]!.message).toContain('maximum reach is 30 m (aoc)');
  });
  it('a cable rated for a lower lane rate is not offered', () => {
    expect(
      selectCable(cat, { protocol: 'ethernet', lengthM: 1, laneRateGbps: 200, gen: null, prefer: 'power' })
        .issues[0]!.code,
    ).toBe('phy-no-cable');
  });
});
