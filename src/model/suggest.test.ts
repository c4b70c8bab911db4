import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3); // k→s, e→i, +g
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('gpu7.p2', 'gpu7.p1')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggest', () => {
  const ids = ['nvidia-h100-sxm5', 'nvidia-h100-pcie', 'nvidia-h200-sxm', 'pcie5'];

  it('returns the closest candidate within reach', () => {
    expect(suggest('nvidia-h100-sxm', ids)).toBe('nvidia-h100-sxm5');
    expect(suggest('pcie6', ids)).toBe('pcie5');
  });

  it('ignores case', () => {
    expect(suggest('NVIDIA-H200-SXM', ids)).toBe('nvidia-h200-sxm');
  });

  it('returns null when nothing is close', () => {
    expect(suggest('tomahawk5', ids)).toBeNull();
    expect(suggest('x', [])).toBeNull();
  });
});
