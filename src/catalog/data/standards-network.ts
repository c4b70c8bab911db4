/** Ethernet (by lane rate) and InfiniBand (by generation) electrical standards. */
import type { Standard } from '../schema.js';

const pam4 = 'Nyquist = rate / 4 for PAM4 (2 bits per symbol) [derived]';

/** 100G-per-lane (106.25 Gb/s PAM4) bump-to-bump budget: AMD's application note on 112G PAM4 channels. */
export const budget100g =
  'docs.amd.com xapp1392 "PCB channel design guidelines", Channel Insertion Loss: die bump-to-die bump budget "around 35 dB for long reach applications in each generation from 25 Gbps to 100 Gbps" (802.3ck KR-class; the IEEE text itself not read) [vendor]';
/** 200G-per-lane (212.5 Gb/s PAM4) die-to-die target during IEEE 802.3dj drafting. */
export const budget200g =
  'DesignCon 2024 compiled papers (fliphtml5.com/mddwo/smbr, p. 20): 802.3dj CR/KR test channels "constructed around the trending 40 dB die-to-die IL limit, which includes transmitter/receiver\'s dies, packages, and the channel" (802.3dj task-force channels of 2023) [paper]';
export const budget200gEstimate =
  'a draft-era target (802.3dj task force 2023, quoted at DesignCon 2024), not the ratified 802.3dj value; no draft version was read';
const intelKr = 'intel.com docs/programmable 683805 (quoting IEEE 802.3)';

export const ethernetStandards: Standard[] = [
  {
    id: 'eth-25g-nrz',
    name: 'Ethernet 25G NRZ lanes (25GBASE-KR/CR, 100GBASE-KR4/CR4)',
    protocol: 'ethernet',
    gen: null,
    signalling: 'NRZ',
    laneRateGbps: 25,
    rateGTps: 25.8,
    nyquistGHz: 12.9,
    lossBudgetDb: 35,
    portWidths: [1, 4],
    notes:
      'Ports: 25GbE (x1), 100GbE (x4). Line rate 25.8 Gb/s is twice the 12.9 GHz Nyquist at which the KR4 budget is stated.',
    source: intelKr + ': 100GBASE-KR4 channel ≤35 dB at 12.9 GHz',
    sources: { rateGTps: '2 × 12.9 GHz KR4 budget frequency (' + intelKr + ') [derived]' },
  },
  {
    id: 'eth-25g-pam4-kp4',
    name: 'Ethernet 100GBASE-KP4 (4 × 25G PAM4 lanes, backplane)',
    protocol: 'ethernet',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 25,
    nyquistGHz: 7,
    lossBudgetDb: 33,
    portWidths: [4],
    notes: 'nyquistGHz is the frequency the source states the budget at.',
    source: intelKr + ': 100GBASE-KP4 channel ≤33 dB at 7 GHz',
  },
  {
    id: 'eth-50g-pam4',
    name: 'Ethernet 50G PAM4 lanes (50GBASE-KR/CR, 200G/400G over 4/8 lanes)',
    protocol: 'ethernet',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 50,
    rateGTps: 53.12,
    nyquistGHz: 13.28,
    lossBudgetDb: 30,
    portWidths: [1, 2, 4, 8],
    notes: 'Ports: 50G (x1), 100G (x2), 200G (x4), 400G (x8). Budget "<30 dB" at 13.28 GHz.',
    source: '802.3cd summary (informant158): 50GBASE-KR < 30 dB at 13.28 GHz [2nd]',
    sources: {
      rateGTps: '4 × 13.28 GHz Nyquist (PAM4) [derived]',
      nyquistGHz: '802.3cd summary (informant158) [2nd]',
    },
  },
  {
    id: 'eth-100g-pam4',
    name: 'Ethernet 100G PAM4 lanes (400GbE x4, 800GbE x8)',
    protocol: 'ethernet',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 100,
    rateGTps: 106.25,
    nyquistGHz: 106.25 / 4,
    lossBudgetDb: 35,
    portWidths: [1, 2, 4, 8],
    notes:
      'Ports: 100G (x1), 200G (x2), 400G (x4), 800G (x8). IEEE 802.3ck (100GBASE-KR1/CR1) class; Tomahawk 5 SerDes compensate 45 dB (chipcraft.tech, a part figure, better than the budget).',
    source: 'techinsights (Linley) / chipcraft.tech Tomahawk 5 pages: 100G PAM4 SerDes at 106.25 Gb/s [2nd]',
    sources: { nyquistGHz: pam4, lossBudgetDb: budget100g },
    estimates: { lossBudgetDb: 'the source says "around 35 dB"; taken as 35 dB' },
  },
  {
    id: 'eth-200g-pam4',
    name: 'Ethernet 200G PAM4 lanes (IEEE 802.3dj; 800GbE x4, 1.6TbE x8)',
    protocol: 'ethernet',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 200,
    rateGTps: 212.5,
    nyquistGHz: 212.5 / 4,
    lossBudgetDb: 40,
    portWidths: [1, 2, 4, 8],
    notes: 'Ports: 200G (x1), 400G (x2), 800G (x4), 1.6T (x8). IEEE 802.3dj (200GBASE-KR1/CR1) class.',
    source:
      'nand-research.com UALink 1.0 note (802.3dj-based SerDes, 212.5 GT/s → 200 Gb/s per lane); gazettabyte 2025-06-03 (Tomahawk 6: 64 × 1.6TbE)',
    sources: { nyquistGHz: pam4, lossBudgetDb: budget200g },
    estimates: { lossBudgetDb: budget200gEstimate },
  },
];

const ibSrc =
  'stas00/ml-engineering network/README.md (IB per-lane rates EDR 25, HDR 50, NDR 100, XDR 200 Gb/s; 4× ports)';

export const infinibandStandards: Standard[] = [
  {
    id: 'ib-hdr',
    name: 'InfiniBand HDR (50G lanes, 200G 4× ports)',
    protocol: 'infiniband',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 50,
    portWidths: [4],
    notes: 'End-to-end latency ~0.6 µs (stas00).',
    source: ibSrc,
  },
  {
    id: 'ib-ndr',
    name: 'InfiniBand NDR (100G lanes, 400G 4× ports)',
    protocol: 'infiniband',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 100,
    rateGTps: 106.25,
    nyquistGHz: 106.25 / 4,
    lossBudgetDb: 35,
    portWidths: [4],
    notes: 'ConnectX-7 and Quantum-2 run 100G PAM4 SerDes shared with 400GbE.',
    source: ibSrc,
    sources: { nyquistGHz: pam4, lossBudgetDb: budget100g },
    estimates: {
      rateGTps:
        'the IBTA specification is members-only: the 802.3ck 106.25 Gb/s PAM4 line rate of the same SerDes assumed',
      lossBudgetDb:
        'no public IBTA channel budget: the 100G-per-lane Ethernet bump-to-bump budget (same SerDes class) assumed',
    },
  },
  {
    id: 'ib-xdr',
    name: 'InfiniBand XDR (200G lanes, 800G 4× ports)',
    protocol: 'infiniband',
    gen: null,
    signalling: 'PAM4',
    laneRateGbps: 200,
    rateGTps: 212.5,
    nyquistGHz: 212.5 / 4,
    lossBudgetDb: 40,
    portWidths: [4],
    source: ibSrc,
    sources: { nyquistGHz: pam4, lossBudgetDb: budget200g },
    estimates: {
      rateGTps: 'the IBTA specification is members-only: the 802.3dj 212.5 Gb/s PAM4 line rate assumed',
      lossBudgetDb:
        'no public IBTA channel budget: the 802.3dj-era 200G-per-lane target assumed; ' + budget200gEstimate,
    },
  },
];
