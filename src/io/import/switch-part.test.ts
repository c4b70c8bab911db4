// Switch parts of imports: a board maker's subsystem ids still map a PEX890xx to a family member, flagged.
import { describe, expect, it } from 'vitest';
import { builtinCatalogFile, mergeCatalogs, type Part } from '../../catalog/index.js';
import { fixture, pciIds } from '../../../test/fixtures/import/support.js';
import { importText } from './index.js';
import { isSwitchChip } from './parts.js';
import { smallestFitting, switchFamily } from './switch-part.js';

/** A PEX890xx family member as the built-in catalog writes it: Broadcom's subsystem id names the lane count. */
const member = (lanes: number, maxPorts: number): Part => ({
  id: `pex89${String(lanes).padStart(3, '0')}`,
  kind: 'pcie-switch',
  vendor: 'test',
  name: `PEX89${lanes}`,
  ports: [],
  powerW: null,
  latencyNs: null,
  lanes,
  maxPorts,
  pciIds: [{ vendor: '1000', device: 'c030', subsystemVendor: '1000', subsystemDevice: '0048' }],
});
const family = [member(24, 24), member(48, 48), member(144, 72)];
const catalog = mergeCatalogs({ ...builtinCatalogFile, parts: family });
const supermicro = { vendor: '1000', device: 'c030', subsystemVendor: '15d9', subsystemDevice: '1d25' };

describe('switch part of an import', () => {
  it('finds the family by vendor:device whatever the subsystem ids', () => {
    expect(switchFamily(catalog, supermicro).map((p) => p.id)).toEqual(['pex89024', 'pex89048', 'pex89144']);
    expect(switchFamily(catalog, { ...supermicro, device: 'c034' })).toEqual([]);
    // The catalog alone makes the chip one switch (so its bridge levels collapse into one).
    expect(isSwitchChip(catalog, supermicro)).toBe(true);
  });
  it('takes the smallest member holding the lanes and ports seen, or none', () => {
    expect(smallestFitting(family, 48, 3)?.id).toBe('pex89048');
    expect(smallestFitting(family, 49, 3)?.id).toBe('pex89144');
    expect(smallestFitting(family, 24, 25)?.id).toBe('pex89048');
    expect(smallestFitting(family, 145, 3)).toBeNull();
  });
  it('H200 dump: switch 16:00.0 (Supermicro 15d9:1d25) is up x16 + GPU x16 + NIC x16 = 48 lanes -> PEX89048, flagged', () => {
    const r = importText(fixture('formats-nccl-topo-dump-h200.xml'), { catalog, pciIds, name: 'h200' });
    const sw = r.design.components.filter((c) => c.kind === 'pcie-switch');
    expect(sw.map((c) => c.part)).toEqual(['pex89048', 'pex89048']);
    expect(r.issues.filter((i) => i.code === 'switch-part-assumed')).toHaveLength(2);
  });
  it('a switch of no catalog family stays generic and says so', () => {
    const bare = mergeCatalogs({ ...builtinCatalogFile, parts: [] });
    const r = importText(fixture('formats-nccl-topo-dump-h200.xml'), { catalog: bare, pciIds, name: 'h200' });
    expect(r.design.components.find((c) => c.id === 'node0/pcisw0')?.part).toBe('generic-pcie-switch');
    expect(
      r.issues.filter((i) => i.code === 'part-generic' && i.message.startsWith('node0/pcisw')),
    ).toHaveLength(2);
  });
});
