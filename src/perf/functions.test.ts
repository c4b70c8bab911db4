import { describe, it, expect } from 'vitest';
import { buildFabric } from './fabric.js';
import { linkHolders } from './functions.js';
import { hostBandwidth } from './host.js';
import { pathMatrices } from './matrices.js';
import { DesignBuilder, port, testCatalog } from '../../test/support/test-design.js';

/** A dual-port NIC as the importers write it: function 1 has no link and names function 0 in sharesLinkOf. */
function dualPortNicHost() {
  const b = new DesignBuilder('dual-port')
    .container('node0', 'node')
    .comp('node0/cpu0', 'cpu', 't-cpu-spr', [
      port('pcie0', { role: 'downstream' }),
      port('pcie1', { role: 'downstream' }),
    ])
    .comp('node0/gpu0', 'accelerator', 't-gpu', [port('pcie', { role: 'upstream' })])
    .comp('node0/nic0', 'nic', 't-nic', [port('pcie', { role: 'upstream' })])
    .comp('node0/nic1', 'nic', 't-nic', [])
    .link('node0/cpu0.pcie0', 'node0/gpu0.pcie')
    .link('node0/cpu0.pcie1', 'node0/nic0.pcie');
  b.design.components.find((c) => c.id === 'node0/nic1')!.infos.sharesLinkOf = 'node0/nic0';
  return b.design;
}

describe('functions of a multi-function device', () => {
  it('a linkless function sits where the function holding the link sits (was DIS)', () => {
    const d = dualPortNicHost();
    const f = buildFabric(d, testCatalog());
    const m = pathMatrices(f, ['node0/gpu0', 'node0/nic0', 'node0/nic1'], { profile: 'raw' });
    // gpu0 and the NIC hang off different root ports of one socket: NODE; the two NIC ports share one port: PIX
    expect(m.class).toEqual([
      ['X', 'NODE', 'NODE'],
      ['NODE', 'X', 'PIX'],
      ['NODE', 'PIX', 'X'],
    ]);
    // the second port reaches the GPU over the first port's link: the same bandwidth and bottleneck
    expect(m.bwGBps[0]![2]).toBe(m.bwGBps[0]![1]);
    expect(m.bottleneck[2]![0]).toBe(m.bottleneck[1]![0]);
    // no link between two functions of one device: no bandwidth to report
    expect(m.bwGBps[1]![2]).toBeNull();
    expect(hostBandwidth(f, ['node0/nic1'], 'raw').rows[0]!.cpu).toBe('node0/cpu0');
  });

  it('only linkless functions whose named holder has a link are placed', () => {
    const d = dualPortNicHost();
    d.components.find((c) => c.id === 'node0/gpu0')!.infos.sharesLinkOf = 'node0/nic0'; // has its own link
    expect([...linkHolders(d)]).toEqual([['node0/nic1', 'node0/nic0']]);
  });
});
