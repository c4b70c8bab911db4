/** PCB laminates, vias and connectors with their loss at characterised frequencies. */
import type { Connector, Guidance, Material } from '../schema.js';

const tiSnla426 =
  'TI application note SNLA426 (June 2023) Table 9-1, 1-inch SDD21 of 85-ohm differential trace (ti.com lit/html/snla426)';
const lossModel =
  'derived in standards-data §2.1: loss/in = 2.3*f*Df*sqrt(Dk) + 0.05*sqrt(f) (dielectric rule from rfessentials.com; conductor term fitted to TI SNLA426)';

export const materials: Material[] = [
  {
    id: 'fr4',
    name: 'Standard FR-4',
    lossClass: 'standard',
    dk: 4.4,
    df: 0.014,
    lossPerInch: [
      { freqGHz: 8, db: 0.686 },
      { freqGHz: 16, db: 1.289 },
    ],
    source: tiSnla426,
  },
  {
    id: 'fr4-tetra',
    name: 'Tetra-functional FR-4',
    lossClass: 'standard',
    dk: 4.1,
    df: 0.022,
    lossPerInch: [
      { freqGHz: 8, db: 0.961 },
      { freqGHz: 16, db: 1.844 },
    ],
    source: tiSnla426,
  },
  {
    id: 'nelco-4000-6',
    name: 'Nelco N4000-6 (mid-loss)',
    lossClass: 'mid-loss',
    dk: 4.0,
    df: 0.012,
    lossPerInch: [
      { freqGHz: 8, db: 0.578 },
      { freqGHz: 16, db: 1.078 },
    ],
    source: tiSnla426,
  },
  {
    id: 'getek',
    name: 'GETEK (mid-loss)',
    lossClass: 'mid-loss',
    dk: 4.1,
    df: 0.011,
    lossPerInch: [
      { freqGHz: 8, db: 0.548 },
      { freqGHz: 16, db: 1.017 },
    ],
    source: tiSnla426,
  },
  {
    id: 'fr408hr',
    name: 'Isola FR408HR (mid-loss)',
    lossClass: 'mid-loss',
    dk: 3.65,
    df: 0.0115,
    lossPerInch: [
      { freqGHz: 4, db: 0.3 },
      { freqGHz: 8, db: 0.55 },
      { freqGHz: 16, db: 1.01 },
      { freqGHz: 32, db: 1.9 },
    ],
    source: lossModel,
    sources: {
      dk: 'hemeixinpcb.com laminate comparison chart',
      df: 'hemeixinpcb.com laminate comparison chart',
    },
  },
  {
    id: 'megtron6',
    name: 'Panasonic Megtron 6 (low-loss)',
    lossClass: 'low-loss',
    dk: 3.4,
    df: 0.004,
    lossPerInch: [
      { freqGHz: 4, db: 0.17 },
      { freqGHz: 8, db: 0.28 },
      { freqGHz: 16, db: 0.47 },
      { freqGHz: 32, db: 0.83 },
    ],
    source: lossModel,
    sources: {
      dk: 'rfessentials.com PCB-material article (Megtron 6 class Dk 3.25-3.49)',
      df: 'rfessentials.com PCB-material article (Df 0.004-0.006)',
    },
    notes:
      'Model values; TI SNLA426 lists 0.336 dB/in at 16 GHz with Df 0.002, which other sources call optimistic. rfessentials gives ~0.45 dB/in at 14 GHz.',
  },
  {
    id: 'rogers4350',
    name: 'Rogers RO4350-class',
    lossClass: 'low-loss',
    dk: 3.48,
    df: 0.0037,
    lossPerInch: [
      { freqGHz: 8, db: 0.251 },
      { freqGHz: 16, db: 0.411 },
    ],
    source: tiSnla426,
  },
  {
    id: 'tachyon100g',
    name: 'Isola Tachyon 100G (ultra-low-loss)',
    lossClass: 'ultra-low-loss',
    dk: 3.04,
    df: 0.0021,
    lossPerInch: [
      { freqGHz: 4, db: 0.13 },
      { freqGHz: 8, db: 0.21 },
      { freqGHz: 16, db: 0.33 },
      { freqGHz: 32, db: 0.55 },
    ],
    source: lossModel,
    sources: {
      dk: 'camptechii.com Isola-vs-Panasonic laminate comparison',
      df: 'camptechii.com Isola-vs-Panasonic laminate comparison',
    },
    notes:
      'Measured per-inch figures unsourced; model values assume smooth copper, so the 32 GHz point is optimistic.',
  },
];

export const connectors: Connector[] = [
  {
    id: 'cem',
    name: 'PCIe CEM card-edge connector',
    loss: [
      { freqGHz: 4, db: 1.7 },
      { freqGHz: 8, db: 1.5 },
      { freqGHz: 16, db: 1.5 },
    ],
    protocols: ['pcie', 'cxl'],
    source:
      'PCIe CEM budget split: ryan4yin/knowledge PCIe.md (Gen3 1.7 dB @4 GHz, Gen4 1.5 dB @8 GHz); Astera Labs Gen5 budget article (1.5 dB @16 GHz)',
  },
  {
    id: 'mcio-harness',
    name: 'MCIO cable harness including both connectors',
    loss: [{ freqGHz: 16, db: 3.5 }],
    protocols: ['pcie', 'cxl'],
    source:
      'docs.nvidia.com ConnectX-8 "Channel Insertion Loss" page (MCIO harness incl. connectors 3.5 dB @16 GHz)',
    notes: 'Harness length not stated by the source.',
  },
  {
    id: 'generic-hs',
    name: 'Generic high-speed mezzanine/backplane connector (per mating)',
    loss: [
      { freqGHz: 5, db: 2.5 },
      { freqGHz: 16, db: 1.5 },
    ],
    source:
      'Microchip PolarFire transceiver doc (~2.5 dB @5 GHz); rfessentials.com insertion-loss-budget article (0.5-2 dB per mating)',
    estimates: { loss: 'the 16 GHz point is the middle of the generic 0.5-2 dB range, not a part datasheet' },
  },
  {
    id: 'aux-card',
    name: 'Passive PCIe auxiliary card',
    loss: [{ freqGHz: 16, db: 2.5 }],
    protocols: ['pcie'],
    source:
      'docs.nvidia.com ConnectX-8 "Channel Insertion Loss" (passive aux card 2.5 dB @16 GHz); BlueField-3 manual §11.2 gives 1.5 dB',
  },
];

export const guidance: Guidance[] = [
  {
    id: 'recommended-margin',
    name: 'Recommended channel margin (share of the budget)',
    value: 15,
    unit: '%',
    source: 'asteralabs.com/?p=19489 (hold 10-20 % of the 36 dB Gen5 budget, 4-7 dB, as margin)',
    notes: 'Mid-point of the sourced 10-20 % range; a design may set its own.',
  },
  {
    id: 'via-loss',
    name: 'Insertion loss per via',
    value: 0.7,
    unit: 'dB',
    source:
      'pcisig.com/blog/retimers-rescue-webinar-pci-sig-qa (19 Oct 2019): 0.7 dB per via in the Gen4/Gen5 reach example',
    notes:
      "The source does not state the frequency; used at each generation's Nyquist as the PCI-SIG example does.",
  },
  {
    id: 'nvidia-extra-margin',
    name: 'Extra margin NVIDIA advises on NIC channels',
    value: 0.5,
    unit: 'dB',
    source: 'docs.nvidia.com ConnectX-8 and BlueField-3 channel insertion-loss pages',
  },
];
