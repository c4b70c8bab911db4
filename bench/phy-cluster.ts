// A 100,000-accelerator cluster design built in memory (12,500 HGX-class nodes, ~1.05 M links) for the phy bench.
import type { Component, Design, Link, Port, Protocol, Segment } from '../src/model/index.js';

const port = (
  name: string,
  protocol: Protocol,
  lanes: number,
  maxGen: number | null,
  laneRateGbps: number | null = null,
): Port => ({
  name,
  protocol,
  altProtocols: [],
  lanes,
  maxGen,
  laneRateGbps,
  role: 'peer',
  bifurcation: null,
  partition: null,
});
const comp = (id: string, kind: Component['kind'], part: string, ports: Port[]): Component => ({
  id,
  name: id.slice(id.lastIndexOf('/') + 1),
  kind,
  part,
  container: null,
  ports,
  pciBusId: null,
  numaNode: null,
  infos: {},
});
const link = (
  from: string,
  to: string,
  protocol: Protocol,
  width: number,
  channel: Segment[],
  laneRateGbps: number | null = null,
): Link => {
  const [fc, fp] = from.split('.') as [string, string];
  const [tc, tp] = to.split('.') as [string, string];
  return {
    id: `${from}~${to}`,
    from: { component: fc, port: fp },
    to: { component: tc, port: tp },
    protocol,
    width,
    gen: null,
    laneRateGbps,
    channel,
    reported: null,
    capable: null,
  };
};
const pkg = (component: string): Segment => ({ type: 'package', component });
const trace = (material: string, lengthMm: number): Segment => ({ type: 'trace', material, lengthMm });

/** `nodes` nodes of 2 CPUs, 4 PCIe switches, 8 GPUs, 8 NICs and 4 NVSwitches; 8 nodes per rack share a leaf. */
export function phyCluster(nodes: number): Design {
  const components: Component[] = [];
  const links: Link[] = [];
  for (let n = 0; n < nodes; n++) {
    const rack = `rack${Math.floor(n / 8)}`;
    const node = `${rack}/node${n % 8}`;
    if (n % 8 === 0)
      components.push(
        comp(
          `${rack}/leaf0`,
          'ethernet-switch',
          'broadcom-tomahawk5',
          Array.from({ length: 64 }, (_, i) => port(`p${i}`, 'ethernet', 4, null, 100)),
        ),
      );
    for (let c = 0; c < 2; c++)
      components.push(
        comp(
          `${node}/cpu${c}`,
          'cpu',
          'intel-xeon-8480c',
          [0, 1].map((i) => port(`p${i}`, 'pcie', 16, 5)),
        ),
      );
    for (let s = 0; s < 4; s++)
      components.push(
        comp(
          `${node}/pcisw${s}`,
          'pcie-switch',
          'microchip-pm50100',
          ['up', 'd0', 'd1', 'd2', 'd3'].map((p) => port(p, 'pcie', 16, 5)),
        ),
      );
    for (let w = 0; w < 4; w++)
      components.push(
        comp(
          `${node}/nvsw${w}`,
          'nvlink-switch',
          'nvidia-nvswitch-gen3',
          Array.from({ length: 14 }, (_, i) => port(`nvl${i}`, 'nvlink', 2, 4)),
        ),
      );
    for (let g = 0; g < 8; g++) {
      components.push(
        comp(`${node}/gpu${g}`, 'accelerator', 'nvidia-h100-sxm5', [
          port('pcie', 'pcie', 16, 5),
          ...Array.from({ length: 7 }, (_, i) => port(`nvl${i}`, 'nvlink', 2, 4)),
        ]),
      );
      components.push(
        comp(`${node}/nic${g}`, 'nic', 'nvidia-connectx7', [
          port('pcie', 'pcie', 16, 5),
          port('p0', 'ethernet', 4, null, 100),
        ]),
      );
      const sw = `${node}/pcisw${g >> 1}`;
      const down = `d${(g & 1) * 2}`;
      links.push(
        link(`${sw}.${down}`, `${node}/gpu${g}.pcie`, 'pcie', 16, [
          pkg(sw),
          trace('megtron6', 150 + 40 * g),
          { type: 'via', count: 2 },
          pkg(`${node}/gpu${g}`),
        ]),
      );
      links.push(
        link(`${sw}.d${(g & 1) * 2 + 1}`, `${node}/nic${g}.pcie`, 'pcie', 16, [
          pkg(sw),
          trace('megtron6', 100 + 30 * g),
          { type: 'connector', part: 'cem' },
          { type: 'add-in-card' },
        ]),
      );
      links.push(
        link(
          `${node}/nic${g}.p0`,
          `${rack}/leaf0.p${(n % 8) * 8 + g}`,
          'ethernet',
          4,
          [{ type: 'cable', part: 'dac-100g-pam4', lengthMm: 2000 }],
          100,
        ),
      );
      for (let i = 0; i < 7; i++) {
        const w = `${node}/nvsw${i % 4}`;
        links.push(
          link(`${node}/gpu${g}.nvl${i}`, `${w}.nvl${(g * 7 + i) % 14}`, 'nvlink', 2, [
            pkg(`${node}/gpu${g}`),
            trace('megtron6', 80 + 10 * i),
            pkg(w),
          ]),
        );
      }
    }
    for (let s = 0; s < 4; s++)
      links.push(
        link(`${node}/cpu${s >> 1}.p${s & 1}`, `${node}/pcisw${s}.up`, 'pcie', 16, [
          pkg(`${node}/cpu${s >> 1}`),
          trace('megtron6', 200),
          { type: 'via', count: 2 },
          pkg(`${node}/pcisw${s}`),
        ]),
      );
  }
  return {
    formatVersion: 1,
    name: `phy-cluster-${nodes}`,
    description: `${nodes * 8} accelerators`,
    settings: { recommendedMarginPct: null, cablePreference: 'power', rackPowerW: null },
    containers: [],
    components,
    links,
  };
}
