/** PCI Express Gen1-Gen7: rates, coding, Nyquist, channel budgets and their split. */
import type { Standard } from '../schema.js';

const intelAn = 'Intel AN 708/690 (intel.com docs/programmable 683390, 683824)';
const budgetSplitSrc =
  'ryan4yin/knowledge electrical-engineering/interface-protocol/PCIe.md (budget table); Gen5 split also Astera Labs PCIe 5.0 insertion-loss budget article (asteralabs.com technology insights)';
const retimerLimit =
  'PCIe Base Specification §4.3 (at most two retimers between upstream and downstream port), quoted at blog.csdn.net/ln_evo/article/details/135588034';
/**
 * Cabled channels (PCIe CEM / CopprLink internal SFF-TA-1016 and external SFF-TA-1032): the specifications are
 * members-only and no public source gives their host/cable split, so the split is an estimate: the cable
 * allocation fits the rated 2 m external reach of the catalog's 26 AWG twinax (4.42 dB/m at 16 GHz, cable-media
 * twinax26Awg) plus both mated connectors (0.95 dB, NVIDIA BlueField-3 manual §11.2 harness table intercept):
 * 2 × 4.42 + 0.95 = 9.8 → 10 dB at Gen6; each host side (package + board to the cable connector) gets half the
 * rest. Gen5 keeps the same cable allocation + 1 dB and gives the larger budget's rest to the hosts.
 */
const cabledSplitEstimate =
  'no public CopprLink/CEM cable split: cable allocation = 2 m of 26 AWG twinax at 16 GHz (2 × 4.42 dB) + both mated connectors (0.95 dB, BlueField-3 manual §11.2) rounded up; each host side gets half the rest of the budget [estimate]';

const nyquist =
  'Nyquist = rate / 2 for NRZ (derived); PAM4 carries 2 bits per symbol so Gen6 64 GT/s has a 16 GHz Nyquist (nextpcb PCIe 6 blog)';

export const pcieStandards: Standard[] = [
  {
    id: 'pcie1',
    name: 'PCI Express 1.x (2.5 GT/s)',
    protocol: 'pcie',
    gen: 1,
    rateGTps: 2.5,
    signalling: 'NRZ',
    encoding: '8b/10b',
    encodingEfficiency: 0.8,
    nyquistGHz: 1.25,
    lossBudgetDb: 13.2,
    budgetSplit: null,
    maxRetimers: 2,
    source: intelAn,
    sources: {
      nyquistGHz: nyquist,
      lossBudgetDb: 'si-list (freelists.org) post: 20*log10(175/800 mV eye); low confidence',
      maxRetimers: retimerLimit,
    },
  },
  {
    id: 'pcie2',
    name: 'PCI Express 2.x (5 GT/s)',
    protocol: 'pcie',
    gen: 2,
    rateGTps: 5,
    signalling: 'NRZ',
    encoding: '8b/10b',
    encodingEfficiency: 0.8,
    nyquistGHz: 2.5,
    lossBudgetDb: null,
    budgetSplit: null,
    maxRetimers: 2,
    source: intelAn,
    sources: {
      nyquistGHz: nyquist,
      maxRetimers: retimerLimit,
      lossBudgetDb: 'no public source found (standards-data §1.2)',
    },
  },
  {
    id: 'pcie3',
    name: 'PCI Express 3.x (8 GT/s)',
    protocol: 'pcie',
    gen: 3,
    rateGTps: 8,
    signalling: 'NRZ',
    encoding: '128b/130b',
    encodingEfficiency: 128 / 130,
    nyquistGHz: 4,
    lossBudgetDb: 22,
    budgetSplit: { rootPackageDb: 3.5, cemConnectorDb: 1.7, addInCardDb: 6.5, systemBoardDb: 10.3 },
    maxRetimers: 2,
    source: 'intel.com docs/programmable 683111 (rate, 128b/130b)',
    sources: {
      nyquistGHz: nyquist,
      lossBudgetDb: budgetSplitSrc + '; lrnic.com/blog-detail/id-120.html',
      budgetSplit: budgetSplitSrc,
      maxRetimers: retimerLimit,
    },
  },
  {
    id: 'pcie4',
    name: 'PCI Express 4.0 (16 GT/s)',
    protocol: 'pcie',
    gen: 4,
    rateGTps: 16,
    signalling: 'NRZ',
    encoding: '128b/130b',
    encodingEfficiency: 128 / 130,
    nyquistGHz: 8,
    lossBudgetDb: 28,
    budgetSplit: { rootPackageDb: 5, cemConnectorDb: 1.5, addInCardDb: 8, systemBoardDb: 13.5 },
    maxRetimers: 2,
    source: 'stas00/ml-engineering network/README.md (rate, coding)',
    sources: {
      nyquistGHz: nyquist,
      lossBudgetDb:
        'Intel "PCI Express 4.0 Retimer Supplemental Features and Standard BGA Footprint" tech brief ("spec loss target of -28 dB at 8 GHz"); TI E2E thread 934255',
      budgetSplit: budgetSplitSrc,
      maxRetimers: retimerLimit,
    },
  },
  {
    id: 'pcie5',
    name: 'PCI Express 5.0 (32 GT/s)',
    protocol: 'pcie',
    gen: 5,
    rateGTps: 32,
    signalling: 'NRZ',
    encoding: '128b/130b',
    encodingEfficiency: 128 / 130,
    nyquistGHz: 16,
    lossBudgetDb: 36,
    budgetSplit: { rootPackageDb: 9, cemConnectorDb: 1.5, addInCardDb: 9.5, systemBoardDb: 16 },
    cabledSplit: { hostDb: 12.5, cableDb: 11 },
    maxRetimers: 2,
    source: 'stas00/ml-engineering network/README.md (rate, coding)',
    sources: {
      nyquistGHz: nyquist,
      lossBudgetDb:
        'Astera Labs PCIe 5.0 insertion-loss budget article (asteralabs.com technology insights); NVIDIA BlueField-3 manual §11.2',
      budgetSplit:
        'Astera Labs PCIe 5.0 insertion-loss budget article; AIC 9.5 dB also NVIDIA ConnectX-8 "Channel Insertion Loss" (docs.nvidia.com/networking/display/connectx8supernic/channel+insertion+loss)',
      maxRetimers: retimerLimit,
    },
    estimates: { cabledSplit: cabledSplitEstimate },
  },
  {
    id: 'pcie6',
    name: 'PCI Express 6.0 (64 GT/s PAM4, FLIT)',
    protocol: 'pcie',
    gen: 6,
    rateGTps: 64,
    signalling: 'PAM4',
    encoding: 'flit',
    encodingEfficiency: 236 / 256,
    nyquistGHz: 16,
    lossBudgetDb: 32,
    budgetSplit: { rootPackageDb: 8, cemConnectorDb: 1.3, addInCardDb: 8.4, systemBoardDb: 14.3 },
    cabledSplit: { hostDb: 11, cableDb: 10 },
    maxRetimers: 2,
    flit: { flitBytes: 256, tlpBytes: 236, dlpBytes: 6, crcBytes: 8, fecBytes: 6 },
    fecLatencyNs: 2,
    source: 'glennklockwood.com/garden/PCIe-Gen6 (rate, FLIT layout 236/6/8/6 of 256 B)',
    sources: {
      nyquistGHz: nyquist,
      lossBudgetDb:
        'semiengineering.com "Using A Retimer To Extend Reach For PCIe 6.0 Designs" (PCI-SIG targets 36 dB Gen5 and 32 dB Gen6 at 16 GHz)',
      maxRetimers: retimerLimit,
      fecLatencyNs: 'unattributed tutorial (standards-data §1.5, find_string id 57605840424); low confidence',
    },
    estimates: {
      budgetSplit:
        'no public Gen6 split: Gen5 proportions (package 25 %, AIC 26.4 %, connector 4.2 %, board 44.4 %) applied to 32 dB (standards-data §1.3)',
      fecLatencyNs: 'single low-confidence tutorial figure',
      cabledSplit: cabledSplitEstimate,
    },
  },
  {
    id: 'pcie7',
    name: 'PCI Express 7.0 (128 GT/s PAM4, FLIT)',
    protocol: 'pcie',
    gen: 7,
    rateGTps: 128,
    signalling: 'PAM4',
    encoding: 'flit',
    encodingEfficiency: 236 / 256,
    nyquistGHz: 32,
    lossBudgetDb: null,
    budgetSplit: null,
    maxRetimers: 2,
    flit: { flitBytes: 256, tlpBytes: 236, dlpBytes: 6, crcBytes: 8, fecBytes: 6 },
    source:
      'storagenewsletter 2025-06-16 (PCIe 7.0 final, 128 GT/s); cadence-fv.rssing.com Cadence VIP note (PAM4, FLIT and Gen6 FEC kept)',
    sources: {
      nyquistGHz: nyquist,
      maxRetimers: retimerLimit,
      lossBudgetDb: 'no public source found (standards-data §1.2); analyses report "no sourced budget"',
    },
  },
];
