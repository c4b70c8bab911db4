import { describe, expect, it } from 'vitest';
import { ncclTuningCatalog } from '../catalog/data/nccl-tuning.js';
import { CatalogFile, figureProvenance } from '../catalog/index.js';
import { idealProtocol, protocolCost, protocolsFor } from './protocol.js';

describe('NCCL protocol constants', () => {
  it('nccl-tuning.ts is a valid catalog file and every figure has a source', () => {
    expect(CatalogFile.safeParse(ncclTuningCatalog).success).toBe(true);
    for (const g of ncclTuningCatalog.guidance ?? []) {
      for (const p of figureProvenance(g)) expect(p.source).toMatch(/tuning\.cc/);
    }
  });

  it('reads tuning.cc figures: ring Simple base 8.4 us, NVLink step 3.4 us, NET step 14 us', () => {
    const c = protocolCost('ring', 'simple');
    expect(c.baseLatencyPs).toBe(8_400_000);
    expect(c.overheadPs).toEqual({ scaleup: 3_400_000, scaleout: 14_000_000 });
    expect(c.bwFactor).toBe(1);
  });

  it('LL halves bandwidth, LL128 keeps 0.92; p2p algorithms use the ring row; NVLS is Simple only', () => {
    expect(protocolCost('ring', 'll').bwFactor).toBe(0.5);
    expect(protocolCost('tree', 'll128').bwFactor).toBe(0.92);
    expect(protocolCost('pairwise', 'll').baseLatencyPs).toBe(6_600_000);
    expect(protocolsFor('nvls')).toEqual(['simple']);
    expect(protocolCost('nvls', 'simple').overheadPs.scaleup).toBe(25_000_000);
    expect(idealProtocol.baseLatencyPs).toBe(0);
  });
});
