/** Cables with reach by lane rate, power per end and whether a DSP in the plug resets the channel. */
import type { Cable } from '../schema.js';

export const cables: Cable[] = [
  {
    id: 'dac-100g-pam4',
    name: 'Passive copper DAC, 100G PAM4 per lane (400G/800G)',
    medium: 'passive-copper',
    protocols: ['ethernet', 'infiniband'],
    laneRateGbps: 100,
    maxReachM: 3,
    powerWPerEnd: 0.1,
    resetsChannelBudget: false,
    source:
      'docs.nvidia.com/networking/display/400g100gpam4ovpub/copper-dac-and-lacc-cables-overview (0.5-2 m straight, up to 3 m splitters with 26 AWG; 0.1 W per end)',
  },
];
