/** Closed forms of the folded Clos (issue #7 known answers and hand arithmetic). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closSizes, parseRatio } from '../../src/plan/index.js';

describe('closSizes', () => {
  it('128 nodes × 8 rails on 64-port switches at 1:1: 32 leaves, 16 spines (issue #7)', () => {
    const c = closSizes({ radix: 64, down: 1, up: 1, nodes: 128, rails: 8, topology: 'rail-optimized' })!;
    // D = 64·1/2 = 32; leaves = 8 × ceil(128/32) = 32; spines = ceil(32 × 32 / 64) = 16
    expect(c).toMatchObject({ downlinksPerLeaf: 32, uplinksPerLeaf: 32, leaves: 32, spines: 16, tiers: 2 });
    expect(c.superSpines).toBe(0);
  });

  it('1,024 such nodes need three tiers at k = 64', () => {
    const c = closSizes({ radix: 64, down: 1, up: 1, nodes: 1024, rails: 8, topology: 'rail-optimized' })!;
    // endpoints 8,192 > k²/2 = 2,048. leaves = 8 × ceil(1024/32) = 256; pods of 32 leaves: 8;
    // spines = 8 pods × 32 = 256; super-spines = ceil(256 × 32 / 64) = 128
    expect(c).toMatchObject({
      tiers: 3,
      leaves: 256,
      leavesPerPod: 32,
      pods: 8,
      spines: 256,
      superSpines: 128,
    });
  });

  it('3:1 oversubscription: 48 down, 16 up per leaf', () => {
    const c = closSizes({ radix: 64, down: 3, up: 1, nodes: 128, rails: 8, topology: 'rail-optimized' })!;
    // D = 64·3/4 = 48, U = 16; leaves = 8 × ceil(128/48) = 24, populated 48, 48, 32 → uplinks 16, 16, 11;
    // Σ = 8 × 43 = 344 → at least ceil(344/64) = 6 spines; the first divisor of 16 from there is 8 (2 links each)
    expect(c).toMatchObject({ downlinksPerLeaf: 48, uplinksPerLeaf: 16, leaves: 24, spines: 8, tiers: 2 });
    expect(c.leafUplinks.slice(0, 24)).toEqual([...Array<number>(16).fill(16), ...Array<number>(8).fill(11)]);
  });

  it('fat-tree pools every NIC port: 100 nodes × 8 rails on 32-port leaves', () => {
    const c = closSizes({ radix: 64, down: 1, up: 1, nodes: 100, rails: 8, topology: 'fat-tree' })!;
    // ceil(800 / 32) = 25 full leaves; at least ceil(25 × 32 / 64) = 13 spines; first divisor of 32: 16
    expect(c).toMatchObject({ leaves: 25, spines: 16 });
  });

  it('refuses more than k pods (k³/4 endpoints at 1:1)', () => {
    // 12,500 × 8 = 100,000 endpoints > 64³/4 = 65,536
    expect(
      closSizes({ radix: 64, down: 1, up: 1, nodes: 12_500, rails: 8, topology: 'rail-optimized' }),
    ).toBeNull();
    // radix 128: leaves = 8 × ceil(12500/64) = 1,568; pods = ceil(1568/64) = 25 ≤ 128. The last node group
    // holds 12,500 − 195·64 = 20 nodes, so its 8 leaves have 20 uplinks; the last pod (groups 192-195) still has
    // full leaves: 64 spines. Spines = 25 × 64 = 1,600. Spine uplinks = leaves above them: 24 pods × 64 × 64 +
    // (20 × 32 + 44 × 24) = 98,304 + 1,696 = 100,000 (one per GPU at 1:1); super-spines = ceil(100,000/128) = 782
    const c = closSizes({ radix: 128, down: 1, up: 1, nodes: 12_500, rails: 8, topology: 'rail-optimized' })!;
    expect(c).toMatchObject({ leaves: 1568, pods: 25, spines: 1600, superSpines: 782 });
  });

  it('spine ports always suffice and every leaf reaches every spine (two tiers)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(32, 64, 128),
        (nodes, rails, radix) => {
          const c = closSizes({ radix, down: 1, up: 1, nodes, rails, topology: 'rail-optimized' });
          if (!c || c.tiers !== 2) return;
          const uplinks = c.leafUplinks.reduce((a, b) => a + b, 0);
          expect(uplinks).toBeLessThanOrEqual(c.spines * radix);
          // every leaf reaches every spine, and never has more uplinks than downlinks at 1:1 unless it must
          for (const [l, u] of c.leafUplinks.entries()) {
            expect(u).toBeGreaterThanOrEqual(c.spines);
            expect(u).toBe(Math.max(c.leafDownlinks[l]!, c.spines));
            expect(c.leafDownlinks[l]! + u).toBeLessThanOrEqual(radix);
          }
        },
      ),
    );
  });
});

describe('parseRatio', () => {
  it('reads d:u and refuses the rest', () => {
    expect(parseRatio('3:1')).toEqual({ down: 3, up: 1 });
    expect(parseRatio('1:0')).toBeNull();
    expect(parseRatio('two')).toBeNull();
  });
});
