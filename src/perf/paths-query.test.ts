import { describe, it, expect } from 'vitest';
import { NotFoundError } from '../model/index.js';
import { addHgxHost } from '../../test/support/hgx-test-design.js';
import { pathsQuery } from './paths-query.js';
import { DesignBuilder, testCatalog } from '../../test/support/test-design.js';
import { pathsInput } from '../../test/support/paths-input.js';

const hgx = () => {
  const b = new DesignBuilder('hgx');
  addHgxHost(b, 'node0');
  return b.design;
};

describe('pathsQuery (what `rackwire paths` computes)', () => {
  it('matrices: nccl by default, with the CPU each device hangs off', () => {
    const r = pathsQuery(pathsInput(hgx(), testCatalog()), { kind: 'matrices', devices: ['gpu'] });
    if (r.kind !== 'matrices') throw new Error(r.kind);
    expect(r.profile).toBe('nccl');
    expect(r.matrices.devices).toHaveLength(8);
    // NVLink through the switch planes: 18 links × NCCL's SM90 20.6 GB/s
    expect(r.matrices.bwGBps[0]![1]).toBeCloseTo(18 * 20.6, 9);
    expect(r.cpuOf['node0/gpu0']).toBe('node0/cpu0');
    expect(r.cpuOf['node0/gpu4']).toBe('node0/cpu1');
  });

  it('a calibration makes `calibrated` the default profile', () => {
    const calibration = {
      calibrationVersion: 1 as const,
      params: { 'efficiency.staged': { value: 0.4, unit: 'ratio' as const, fittedFrom: ['x'], samples: 1 } },
    };
    const r = pathsQuery(pathsInput(hgx(), testCatalog(), calibration), { kind: 'host', devices: ['gpu'] });
    expect(r.profile).toBe('calibrated');
  });

  it('explain of an unknown device is a NotFoundError', () => {
    expect(() =>
      pathsQuery(pathsInput(hgx(), testCatalog()), { kind: 'explain', src: 'node0/gpu0', dst: 'node0/gpu9' }),
    ).toThrow(NotFoundError);
  });
});
