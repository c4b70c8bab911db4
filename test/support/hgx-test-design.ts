/**
 * A DGX-H100-class host built in code (tests, bench): 8 GPUs, 4 NVSwitch planes (18 NVLink4 links per GPU
 * spread 5/4/4/5), 2 sockets, 4 PCIe switches with 2 partitions each pairing one GPU with one NIC on its own
 * x16 uplink (standards-data §7.4). `prefix` places it in a host container for cluster designs.
 */
import { DesignBuilder, port } from './test-design.js';

const NVLINK_SPREAD = [5, 4, 4, 5];
const NVLINK_LANES_PER_LINK = 2; // NVLink 4: 2 lanes per link (standards-data §5.2)

export function addHgxHost(b: DesignBuilder, prefix: string, nicUplink?: (nic: string) => void): void {
  const id = (s: string) => `${prefix}/${s}`;
  b.container(prefix, 'node', prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : null);
  for (let s = 0; s < 2; s++) {
    b.comp(
      id(`cpu${s}`),
      'cpu',
      't-cpu-spr',
      [0, 1, 2, 3]
        .map((r) => port(`pcie${r}`, { role: 'downstream' }))
        .concat(port('upi', { protocol: 'upi', lanes: 40, maxGen: 2 })),
      s,
    );
  }
  b.link(`${id('cpu0')}.upi`, `${id('cpu1')}.upi`, { protocol: 'upi', width: 40 });
  for (let w = 0; w < 4; w++) {
    b.comp(id(`nvsw${w}`), 'nvlink-switch', 't-nvswitch', [
      port('nvl', { protocol: 'nvlink', lanes: 128, maxGen: 4 }),
    ]);
  }
  for (let k = 0; k < 4; k++) {
    const sw = id(`pcisw${k}`);
    const ports = ['a', 'b'].flatMap((p) => [
      port(`up${p}`, { role: 'upstream', partition: p }),
      port(`gpu${p}`, { role: 'downstream', partition: p }),
      port(`nic${p}`, { role: 'downstream', partition: p }),
    ]);
    b.comp(sw, 'pcie-switch', 't-switch', ports);
    const cpu = id(`cpu${Math.floor(k / 2)}`);
    ['a', 'b'].forEach((p, j) => {
      const g = 2 * k + j;
      b.comp(
        id(`gpu${g}`),
        'accelerator',
        't-gpu',
        [port('pcie', { role: 'upstream' }), port('nvl', { protocol: 'nvlink', lanes: 36, maxGen: 4 })],
        Math.floor(k / 2),
      );
      b.comp(
        id(`nic${g}`),
        'nic',
        't-nic',
        [
          port('pcie', { role: 'upstream' }),
          port('net', { protocol: 'infiniband', lanes: 4, maxGen: null, laneRateGbps: 100 }),
        ],
        Math.floor(k / 2),
      );
      b.link(`${cpu}.pcie${(k % 2) * 2 + j}`, `${sw}.up${p}`);
      b.link(`${sw}.gpu${p}`, `${id(`gpu${g}`)}.pcie`);
      b.link(`${sw}.nic${p}`, `${id(`nic${g}`)}.pcie`);
      NVLINK_SPREAD.forEach((n, w) =>
        b.link(`${id(`gpu${g}`)}.nvl`, `${id(`nvsw${w}`)}.nvl`, {
          protocol: 'nvlink',
          width: n * NVLINK_LANES_PER_LINK,
        }),
      );
      nicUplink?.(id(`nic${g}`));
    });
  }
}

/**
 * A rail-optimised cluster of `hosts` DGX-H100-class hosts: NIC r of each host goes to the rail-r leaf of its
 * group of 32 hosts; every leaf goes to every spine (the spines merge into one plane node).
 */
export function hgxCluster(hosts: number, spines = 16): DesignBuilder {
  const b = new DesignBuilder(`hgx-cluster-${hosts}`);
  const groups = Math.ceil(hosts / 32);
  const leafPorts = [
    port('down', { protocol: 'infiniband', lanes: 128, maxGen: null, laneRateGbps: 100 }),
    port('up', { protocol: 'infiniband', lanes: 64, maxGen: null, laneRateGbps: 100 }),
  ];
  for (let s = 0; s < spines; s++)
    b.comp(`spine${s}`, 'infiniband-switch', 't-ethsw', [
      port('down', { protocol: 'infiniband', lanes: 256, maxGen: null, laneRateGbps: 100 }),
    ]);
  for (let g = 0; g < groups; g++) {
    for (let r = 0; r < 8; r++) {
      const leaf = `leaf${g}-${r}`;
      b.comp(leaf, 'infiniband-switch', 't-ethsw', leafPorts);
      for (let s = 0; s < spines; s++)
        b.link(`${leaf}.up`, `spine${s}.down`, { protocol: 'infiniband', width: 4, laneRateGbps: 100 });
    }
  }
  for (let h = 0; h < hosts; h++) {
    const g = Math.floor(h / 32);
    addHgxHost(b, `node${h}`, (nic) => {
      const r = Number(nic.slice(nic.lastIndexOf('nic') + 3));
      b.link(`${nic}.net`, `leaf${g}-${r}.down`, { protocol: 'infiniband', width: 4, laneRateGbps: 100 });
    });
  }
  return b;
}
