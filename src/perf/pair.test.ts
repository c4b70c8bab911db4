import { describe, it, expect } from 'vitest';
import { buildFabric } from './fabric.js';
import { pathMatrices } from './matrices.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';

describe('NV# through an NVLink switch', () => {
  it('is the GPU link count into the fabric: 12 NVLink 3 links (A100) read NV12', () => {
    const nvl = () => [port('n', { protocol: 'nvlink', lanes: 48, maxGen: 3 })];
    const d = new DesignBuilder('a100-pair')
      .comp('gpu0', 'accelerator', 't-gpu', nvl())
      .comp('gpu1', 'accelerator', 't-gpu', nvl())
      .comp('sw0', 'nvlink-switch', 't-nvswitch', [
        port('a', { protocol: 'nvlink', lanes: 64, maxGen: 3 }),
        port('b', { protocol: 'nvlink', lanes: 64, maxGen: 3 }),
      ])
      // NVLink 3: 4 lanes per link (catalog nvlink3), so width 48 = 12 links
      .link('gpu0.n', 'sw0.a', { protocol: 'nvlink', width: 48 })
      .link('gpu1.n', 'sw0.b', { protocol: 'nvlink', width: 48 }).design;
    const m = pathMatrices(buildFabric(d, testCatalog()), ['gpu0', 'gpu1'], { profile: 'raw' });
    expect(m.class[0]![1]).toBe('NV12');
  });
});
