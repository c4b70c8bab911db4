import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText } from '../import/index.js';
import { exportDot } from './dot.js';
import { exportJson } from './json.js';

const design = importText(fixture('formats-nccl-topo-dump-h200.xml'), {
  catalog: testCatalog,
  pciIds,
  name: 'h200',
}).design;

describe('exportDot / exportJson', () => {
  it('writes one DOT edge per link and one cluster per container', () => {
    const dot = exportDot(design);
    expect((dot.match(/ -- /g) ?? []).length).toBe(design.links.length);
    expect(dot).toContain('subgraph "cluster_node0"');
    expect(dot).toContain('"node0/pcisw0" -- "node0/gpu0" [label="pcie x16"]');
  });
  it('JSON parses back to the same design', () => {
    expect(JSON.parse(exportJson(design))).toEqual(design);
  });
});
