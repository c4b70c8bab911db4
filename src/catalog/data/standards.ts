/** Standards other than PCIe: CXL, NVLink, UALink, Ethernet, InfiniBand, socket and chip-to-chip links. */
import type { Standard } from '../schema.js';

export const otherStandards: Standard[] = [
  {
    id: 'nvlink4',
    name: 'NVLink 4 (H100/H200)',
    protocol: 'nvlink',
    gen: 4,
    lanesPerLink: 2,
    linkGBpsPerDir: 25,
    source: 'stas00/ml-engineering network/README.md; nvidia.com H100 product page (18 links, 900 GB/s bidir per GPU)',
  },
];
