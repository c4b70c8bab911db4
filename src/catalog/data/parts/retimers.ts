/** PCIe/CXL retimers (reset the channel budget) and redrivers (add linear gain). */
import type { Part } from '../../schema.js';
import { BIFURCATE_X2, channelSides } from './ports.js';

const ariesProduct =
  'asteralabs.com/products/smart-retimers/pcie-cxl-smart-retimers/ (x8/x16; 1×16, 2×8, 4×4, 8×2)';
const ariesLatency =
  'asteralabs.com/applications/non-transparent-bridge/ (<10 ns in low-latency mode; upper bound)';

const retimers: Part[] = [
  {
    id: 'astera-aries-gen4',
    kind: 'retimer',
    vendor: 'Astera Labs',
    name: 'Aries PCIe 4.0 / CXL smart retimer x16',
    ports: channelSides(16, 4, BIFURCATE_X2),
    powerW: null,
    latencyNs: 10,
    maxGen: 4,
    notes: 'Pin-compatible with the Intel standard retimer footprint. Power unsourced.',
    source: ariesProduct,
    sources: { latencyNs: ariesLatency },
  },
  {
    id: 'astera-aries-gen5',
    kind: 'retimer',
    vendor: 'Astera Labs',
    name: 'Aries PCIe 5.0 / CXL 2.0 smart retimer x16',
    ports: channelSides(16, 5, BIFURCATE_X2),
    powerW: 11,
    estimates: {
      powerW:
        'Gen5 power unpublished; the Aries 6 x16 figure (11 W, nxfabric/tweaktown) is said to be below many Gen5 retimers, so this is a floor',
    },
    latencyNs: 10,
    maxGen: 5,
    notes: 'Power unsourced (re-checked, standards-data §3).',
    source: ariesProduct,
    sources: { latencyNs: ariesLatency },
  },
  {
    id: 'astera-aries-gen6',
    kind: 'retimer',
    vendor: 'Astera Labs',
    name: 'Aries 6 PCIe 6.x / CXL 3.x smart retimer x16',
    ports: channelSides(16, 6),
    powerW: 11,
    latencyNs: 10,
    maxGen: 6,
    compensationDb: 40,
    notes: 'Reach ~10 in with one retimer (≈3× unretimed). Also x8.',
    source: 'nxfabric.com Aries 6 article; tweaktown 97166 (11 W x16 full load, 40 dB at 64 GT/s) [vendor]',
    sources: { latencyNs: ariesLatency },
  },
  {
    id: 'microchip-xpressconnect-gen5',
    kind: 'retimer',
    vendor: 'Microchip',
    name: 'XpressConnect RTM-C 16xG5 retimer',
    ports: channelSides(16, 5),
    powerW: null,
    latencyNs: 10,
    maxGen: 5,
    notes: 'Also an 8xG5 part. Latency "<10 ns" (the spec allows ~50-60 ns).',
    source: 'anandtech.com/show/16241 (Microchip XpressConnect) [2nd]',
  },
  {
    id: 'microchip-pm8691',
    kind: 'retimer',
    vendor: 'Microchip',
    name: 'PM8691 RTM-C 16xG6 retimer (PCIe 6 / CXL 3.1)',
    ports: channelSides(16, 6),
    powerW: null,
    latencyNs: 12,
    maxGen: 6,
    source: 'electronics-journal.com item 111343; dgttech.com (<12 ns pin to pin) [vendor]',
  },
  {
    id: 'marvell-alaska-p-gen6',
    kind: 'retimer',
    vendor: 'Marvell',
    name: 'Alaska P PCIe 6 / CXL 3 retimer',
    ports: channelSides(16, 6),
    powerW: null,
    latencyNs: null,
    maxGen: 6,
    notes: '5 nm. Power and latency not sourced.',
    source: 'servethehome (Marvell Alaska P Gen6 retimer article) [2nd]',
    estimates: { ports: 'x16 width assumed; the source gives no lane count' },
  },
];

const redrivers: Part[] = [
  {
    id: 'ti-ds160pr410',
    kind: 'redriver',
    vendor: 'Texas Instruments',
    name: 'DS160PR410 PCIe 4.0 4-channel linear redriver',
    ports: channelSides(4, 4),
    powerW: null,
    latencyNs: null,
    maxGen: 4,
    gain: [{ freqGHz: 8, db: 17.8 }],
    notes: 'Redriver latency is picoseconds (negligible; eproductsolutions "redrivers vs retimers" brief).',
    source: 'ti.com product page (PCIe 4.0 16 Gbps 4-channel linear redriver)',
    sources: { gain: 'TI E2E thread 934255 (~17.8 dB at 8 GHz) [vendor]' },
  },
  {
    id: 'ti-ds320pr810',
    kind: 'redriver',
    vendor: 'Texas Instruments',
    name: 'DS320PR810 PCIe 5.0 8-channel linear redriver',
    ports: channelSides(8, 5),
    powerW: null,
    latencyNs: null,
    maxGen: 5,
    gain: [{ freqGHz: 16, db: 22 }],
    notes: 'TI: extends the 36 dB Gen5 budget to up to 58 dB at 16 GHz.',
    source: 'ti.com product page (PCIe 5.0 32 Gbps 8-channel linear redriver)',
    sources: {
      gain: 'TI datasheet SNLS668 as quoted in a public repo doc (budget 36 → 58 dB at 16 GHz): 58 − 36 = 22 dB [derived, 2nd]',
    },
  },
];

export const channelDevices: Part[] = [...retimers, ...redrivers];
