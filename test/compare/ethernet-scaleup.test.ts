/**
 * Ethernet scale-up: Gaudi 3 accelerators whose 21 in-node 200GbE ports go to Tomahawk-Ultra-class switches
 * (docs/examples/ethernet-scaleup-8.yaml). The switch part declares it serves the scale-up fabric, so paths
 * treat those Ethernet links as scale-up and the BOM counts the switches as scale-up switches.
 */
import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../src/api/index.js';
import { bomOfDesign } from '../../src/api/index.js';

describe('Ethernet scale-up domain', () => {
  it('forms one 8-accelerator domain over the Tomahawk Ultra switches', () => {
    const [row] = compareDesigns(['docs/examples/ethernet-scaleup-8.yaml']).rows;
    expect(row!.scaleUpDomainSize).toBe(8);
    expect(row!.scaleUpSwitches).toBe(3);
    expect(row!.scaleOutSwitches).toBe(0);
    // 250 ns: one Tomahawk Ultra hop, port to port (catalog broadcom-tomahawk-ultra latencyNs)
    expect(row!.p2pLatencyNs).toBe(250);
  });
  it('lists the Tomahawk Ultra under scale-up switches and Broadcom in the scale-up domain', () => {
    const { bom } = bomOfDesign('docs/examples/ethernet-scaleup-8.yaml');
    expect(bom!.lines.find((l) => l.part === 'broadcom-tomahawk-ultra')).toMatchObject({
      category: 'scale-up-switches',
      quantity: 3,
    });
    expect(bom!.byVendor).toContainEqual({
      vendor: 'Broadcom',
      domain: 'scale-up',
      parts: [{ part: 'broadcom-tomahawk-ultra', quantity: 3 }],
    });
  });
});
