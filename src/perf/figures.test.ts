import { describe, it, expect } from 'vitest';
import { CatalogFile, builtinCatalog } from '../catalog/index.js';
import { pathFiguresCatalog } from '../catalog/data/path-figures.js';
import { figure } from './figures.js';
import { NotFoundError } from '../model/index.js';

describe('perf catalog figures', () => {
  it('path-figures.ts is a valid catalog file and every figure has a source', () => {
    expect(CatalogFile.safeParse(pathFiguresCatalog).success).toBe(true);
    expect((pathFiguresCatalog.guidance ?? []).filter((g) => !g.source)).toEqual([]);
  });

  it('NCCL PCIe per-lane figures follow rate/80: Gen3 x16 = 12 GB/s, Gen5 x16 = 48 GB/s', () => {
    const c = builtinCatalog();
    expect(figure(c, 'nccl-pci-gbps-per-lane-gen3').value * 16).toBe(12);
    expect(figure(c, 'nccl-pci-gbps-per-lane-gen5').value * 16).toBe(48);
  });

  it('a missing figure is a NotFoundError with a code', () => {
    expect(() => figure(builtinCatalog(), 'no-such-figure')).toThrow(NotFoundError);
  });
});
