/** Smart cable modules: a DSP/retimer in the plug that resets the channel budget. */
import type { Part } from '../../schema.js';

export const cableModules: Part[] = [
  {
    id: 'astera-taurus',
    kind: 'cable-module',
    vendor: 'Astera Labs',
    name: 'Taurus Ethernet smart cable module (100G per lane)',
    ports: [
      { name: 'host', protocol: 'ethernet', lanes: 4, laneRateGbps: 100, role: 'peer' },
      { name: 'line', protocol: 'ethernet', lanes: 4, laneRateGbps: 100, role: 'peer' },
    ],
    powerW: null,
    latencyNs: null,
    notes:
      'Reach and power unsourced (standards-data §9); see cable taurus-aec-100g for flagged placeholders.',
    source: 'asteralabs.com product menu (Taurus: Ethernet smart cable module, 100G per lane)',
    estimates: { ports: 'lane count (4, one 400G port) assumed' },
  },
  {
    id: 'credo-hiwire',
    kind: 'cable-module',
    vendor: 'Credo',
    name: 'HiWire AEC module (per end)',
    ports: [
      { name: 'host', protocol: 'ethernet', lanes: 4, laneRateGbps: 56, role: 'peer' },
      { name: 'line', protocol: 'ethernet', lanes: 4, laneRateGbps: 56, role: 'peer' },
    ],
    powerW: 5,
    latencyNs: 200,
    notes: 'Vendor upper bounds: <5 W per end, ≤200 ns.',
    source: 'credosemi.com HiWire LP SWITCH AEC page',
    estimates: { ports: 'lane count (4) assumed; the source gives 28G/56G lane rates only' },
  },
];
