import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/index.js';
import { fullMesh, nvswitchNode, railClosShape, railOptimizedClos, ring } from './index.js';

const clos = {
  nodes: 128,
  gpusPerNode: 8,
  nicGBps: 50,
  leafRadix: 64,
  oversubscription: 1,
  nvlinkGBps: 450,
  nvlinkLatencyNs: 500,
  networkHopLatencyNs: 1000,
};

describe('synthetic fabrics', () => {
  it('nvswitchNode: 2 links per GPU, every path is up(src) + down(dst)', () => {
    const f = nvswitchNode(8, 450, 100, { inNetworkReduction: true });
    expect(f.links).toHaveLength(16);
    expect(f.route(2, 5, 0).map((l) => f.links[l]!.id)).toEqual(['node0/gpu2>nvsw', 'nvsw>node0/gpu5']);
    expect(f.inSwitchReduction?.upLink).toHaveLength(8);
    expect(nvswitchNode(8, 450, 100).inSwitchReduction).toBeUndefined();
  });

  it('ring: shorter way round; both ways when opposite', () => {
    const f = ring(6, 25, 10);
    expect(f.route(0, 2, 0).map((l) => f.links[l]!.id)).toEqual(['r0>r1', 'r1>r2']);
    expect(f.route(0, 5, 0).map((l) => f.links[l]!.id)).toEqual(['r0>r5']);
    expect(f.paths(0, 3)).toHaveLength(2);
  });

  it('fullMesh: n(n-1) directed links', () => {
    expect(fullMesh(4, 64, 0).links).toHaveLength(12);
  });

  it('rail-optimised Clos: radix 64 at 1:1 is 32 down + 32 up; 128 nodes need 4 leaves per rail', () => {
    expect(railClosShape(clos)).toEqual({ downPorts: 32, upPorts: 32, leavesPerRail: 4 });
    // 2:1 on radix 48: up = 48/3 = 16, down = 32
    expect(railClosShape({ ...clos, leafRadix: 48, oversubscription: 2 })).toEqual({
      downPorts: 32,
      upPorts: 16,
      leavesPerRail: 4,
    });
    expect(() => railClosShape({ ...clos, leafRadix: 64, oversubscription: 2 })).toThrow(InputError);
  });

  it('rail-optimised Clos: link count and route shapes', () => {
    const f = railOptimizedClos(clos);
    // 1024 GPUs x 4 links + 32 leaves x 32 spines x 2 directions
    expect(f.links).toHaveLength(1024 * 4 + 32 * 32 * 2);
    expect(f.route(0, 1, 0)).toHaveLength(2); // same node: NVLink
    expect(f.route(0, 8, 0).map((l) => f.links[l]!.id)).toEqual(['node0/gpu0>leaf', 'leaf>node1/gpu0']); // same rail leaf
    const cross = f.route(0, 32 * 8, 0).map((l) => f.links[l]!.id); // node 32 is under the next rail-0 leaf
    expect(cross[0]).toBe('node0/gpu0>leaf');
    expect(cross[1]).toMatch(/^leaf0>spine\d+$/);
    expect(cross[2]).toMatch(/^spine\d+>leaf1$/);
    expect(f.paths(0, 32 * 8)).toHaveLength(32);
  });

  it('ECMP hashing collides: 32 flows over 32 spines do not land on 32 distinct uplinks', () => {
    const f = railOptimizedClos(clos);
    const used = new Set<number>();
    for (let k = 0; k < 32; k++) used.add(f.route(0, 32 * 8, k)[1]!);
    // with a uniform hash, the expected number of distinct bins is 32(1-(31/32)^32) = 20.5
    expect(used.size).toBeLessThan(32);
    expect(used.size).toBeGreaterThan(10);
  });
});
