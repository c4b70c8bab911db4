/** Scale-out switches beyond the first set: 800G XDR InfiniBand (Quantum-X800). */
import type { Part } from '../../schema.js';
import { netPorts } from './ports.js';

export const scaleOutExtraParts: Part[] = [
  {
    id: 'nvidia-quantum-x800-q3400',
    kind: 'infiniband-switch',
    vendor: 'NVIDIA',
    name: 'Quantum-X800 Q3400-RA (144 × 800G XDR)',
    // XDR: 4 lanes × 200G SerDes per 800G port.
    ports: [netPorts(144, 4, 200, 'infiniband')],
    powerW: null,
    latencyNs: null,
    capacityTbps: 115.2,
    inNetworkReduction: true,
    notes:
      'Quantum-X800 platform announced at GTC 2024 (with ConnectX-8); Q3400-RA: 4U, liquid cooled, twin-port OSFP cages, SHARP v4. One part is one 144-port switch system; how many ASICs it holds is not public here. Power and port-to-port latency unsourced.',
    source:
      'nvidia.com/en-us/networking/products/infiniband/quantum-x800 (144 ports of 800 Gb/s, 200 Gb/s-per-lane SerDes, SHARP v4) as quoted by quantum-computing.news and the ziash NCA study guide [2nd]; docs.nvidia.com/networking/display/XDRSwitchesHWUM (Q3200-RA/Q3400-RA XDR 800Gb/s switch systems user manual); standards-data §5.6 (XDR = 200 Gb/s per lane, 4× port = 800 Gb/s)',
    sources: {
      capacityTbps:
        '144 ports × 800 Gb/s = 115.2 Tb/s per direction [derived]; particle.news quotes 115 Tb/s',
      ports:
        'XDR lane rate 200 Gb/s (standards-data, stas00 README); 800 Gb/s ÷ 200 Gb/s = 4 lanes per port [derived]',
    },
  },
];
