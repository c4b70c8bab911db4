/** Guidance figures for performance models: measured rules of thumb (NCCL's own constants live in path-figures.ts and nccl-tuning.ts). */
import type { Guidance } from '../schema.js';

export const rulesOfThumb: Guidance[] = [
  {
    id: 'pcie-achieved-share',
    name: 'Share of advertised PCIe bandwidth real links achieve',
    value: 80,
    unit: '%',
    source: 'stas00/ml-engineering network/README.md (rule of thumb ~80 %) [2nd]',
    notes: 'Measured H100 Gen5 x16: 84 % device→host but 56 % host→device (NVIDIA/nvbandwidth#24).',
  },
  {
    id: 'nic-busbw-per-100g',
    name: 'All-reduce busbw per 100 Gb/s of NIC (network-bound)',
    value: 12,
    unit: 'GB/s',
    source: 'NVIDIA/nccl-tests#119, #29 (NVIDIA maintainer); 200G ~24, 400G NDR 46-48 (#252, #290) [meas]',
  },
];
