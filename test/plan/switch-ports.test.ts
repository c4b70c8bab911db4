/** Switch radix read from catalog ports: total network lanes / lanes per port. */
import { describe, expect, it } from 'vitest';
import { builtinCatalog, findPart } from '../../src/catalog/index.js';
import { switchPorts, type SwitchPorts } from '../../src/plan/index.js';

const part = (id: string) => findPart(builtinCatalog(), id)!;

describe('switchPorts', () => {
  it('Tomahawk 5: 64 × 8 lanes of 100G = 512 lanes → 128 × 400G (breakout, declared) or 64 × 800G', () => {
    const p400 = switchPorts(part('broadcom-tomahawk5'), 'ethernet', 400) as SwitchPorts;
    expect([p400.radix, p400.lanesPerPort, p400.declared]).toEqual([128, 4, true]);
    const p800 = switchPorts(part('broadcom-tomahawk5'), 'ethernet', 800) as SwitchPorts;
    expect([p800.radix, p800.lanesPerPort]).toEqual([64, 8]);
  });

  it('QM9700: 64 × 400G NDR natively; 800G ports cannot be made from its 4-lane ports', () => {
    const p = switchPorts(part('nvidia-quantum2-qm9700'), 'infiniband', 400) as SwitchPorts;
    expect([p.radix, p.declared]).toEqual([64, false]);
    expect(switchPorts(part('nvidia-quantum2-qm9700'), 'infiniband', 800)).toMatchObject({
      code: 'plan-switch-ports',
    });
  });
});
