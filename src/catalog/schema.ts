/**
 * Catalog schema: standards, physical media and parts, each figure with its source.
 * The same schema validates the built-in catalog (a test) and user catalog files (io).
 */
import { z } from 'zod';
import { COMPONENT_KINDS, PROTOCOLS } from '../model/index.js';

const finite = z.number().finite();
const positive = finite.positive();
const nonNegative = finite.nonnegative();
const int = z.number().int();

/**
 * Where a record's figures come from. `source` covers every figure of the record unless `sources`
 * names another for a field; a field listed in `estimates` is flagged as an estimate with the reason given.
 */
export const Sourcing = {
  source: z.string().min(1).optional(),
  sources: z.record(z.string(), z.string().min(1)).optional(),
  estimates: z.record(z.string(), z.string().min(1)).optional(),
};

/** A loss (or gain) characterised at one frequency. */
export const FreqPoint = z.strictObject({ freqGHz: positive, db: finite });
export type FreqPoint = z.infer<typeof FreqPoint>;

export const BudgetSplit = z.strictObject({
  rootPackageDb: nonNegative,
  cemConnectorDb: nonNegative,
  addInCardDb: nonNegative,
  systemBoardDb: nonNegative,
});

/**
 * Budget split of a cabled channel (host-side segments + cable + far-side segments): each end's allocation,
 * bump to the cable connector with the package, and the cable's, both mated connectors included.
 */
export const CabledSplit = z.strictObject({
  hostDb: positive,
  cableDb: positive,
});
export type CabledSplit = z.infer<typeof CabledSplit>;

export const FlitLayout = z.strictObject({
  flitBytes: int.positive(),
  tlpBytes: int.positive(),
  dlpBytes: int.nonnegative(),
  crcBytes: int.nonnegative(),
  fecBytes: int.nonnegative(),
});

export const Standard = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  protocol: z.enum(PROTOCOLS),
  /** Generation number within the protocol (PCIe 5, NVLink 4, UALink 1); null for rate-named standards. */
  gen: int.positive().nullable(),
  rateGTps: positive.optional(),
  signalling: z.enum(['NRZ', 'PAM4']).optional(),
  encoding: z.string().optional(),
  /** Share of the line rate left after line coding (128/130, or the FLIT TLP share). */
  encodingEfficiency: positive.max(1).optional(),
  nyquistGHz: positive.optional(),
  /** Bump-to-bump channel insertion-loss budget at Nyquist; null where no public source gives one. */
  lossBudgetDb: positive.nullable().optional(),
  budgetSplit: BudgetSplit.nullable().optional(),
  /** Allocations of a channel through a passive cable; with it, each side and the cable are judged on their own. */
  cabledSplit: CabledSplit.nullable().optional(),
  maxRetimers: int.nonnegative().optional(),
  flit: FlitLayout.optional(),
  fecLatencyNs: nonNegative.optional(),
  laneRateGbps: positive.optional(),
  lanesPerLink: int.positive().optional(),
  linkGBpsPerDir: positive.optional(),
  portWidths: z.array(int.positive()).optional(),
  /** PCIe generation whose electrical PHY the protocol runs on (CXL 2.0 on the Gen5 PHY); budgets come from it. */
  pciePhyGen: int.positive().optional(),
  features: z.array(z.string()).optional(),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Standard = z.infer<typeof Standard>;

export const Material = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  lossClass: z.enum(['standard', 'mid-loss', 'low-loss', 'ultra-low-loss']),
  dk: positive,
  df: positive,
  /** Loss of one inch of 85-ohm stripline at characterised frequencies (dB/in, positive = loss). */
  lossPerInch: z.array(FreqPoint).min(1),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Material = z.infer<typeof Material>;

export const Connector = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Loss per mated pair at characterised frequencies. */
  loss: z.array(FreqPoint).min(1),
  protocols: z.array(z.enum(PROTOCOLS)).optional(),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Connector = z.infer<typeof Connector>;

export const CableMedium = z.enum([
  'passive-copper',
  'linear-active-copper',
  'active-copper',
  'aec',
  'aoc',
  'optical',
]);

export const Cable = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  vendor: z.string().optional(),
  medium: CableMedium,
  protocols: z.array(z.enum(PROTOCOLS)).min(1),
  /** Highest per-lane rate the cable is characterised for (Gb/s); PCIe cables give `maxGen` instead. */
  laneRateGbps: positive.optional(),
  maxGen: int.positive().optional(),
  maxReachM: positive,
  minReachM: nonNegative.optional(),
  powerWPerEnd: nonNegative,
  /** Loss per metre at characterised frequencies (passive cables used inside a channel). */
  lossPerM: z.array(FreqPoint).optional(),
  /** Fixed loss of both end connectors together. */
  connectorLossDb: nonNegative.optional(),
  /** A DSP or retimer in the plug resets the channel budget at each end. */
  resetsChannelBudget: z.boolean(),
  latencyNs: nonNegative.optional(),
  propagationNsPerM: nonNegative.optional(),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Cable = z.infer<typeof Cable>;

export const PortTemplate = z.strictObject({
  /** Port name; with `count`, a pattern where `{i}` is the index (`nvl{i}`). */
  name: z.string().min(1),
  count: int.positive().optional(),
  protocol: z.enum(PROTOCOLS),
  altProtocols: z.array(z.enum(PROTOCOLS)).optional(),
  lanes: int.positive(),
  maxGen: int.positive().optional(),
  laneRateGbps: positive.optional(),
  role: z.enum(['upstream', 'downstream', 'peer']),
  bifurcation: z.array(z.array(int.positive())).optional(),
  partition: z.string().optional(),
});
export type PortTemplate = z.infer<typeof PortTemplate>;

export const PciId = z.strictObject({
  vendor: z.string().regex(/^[0-9a-f]{4}$/),
  device: z.string().regex(/^[0-9a-f]{4}$/),
  subsystemVendor: z
    .string()
    .regex(/^[0-9a-f]{4}$/)
    .optional(),
  subsystemDevice: z
    .string()
    .regex(/^[0-9a-f]{4}$/)
    .optional(),
});
export type PciId = z.infer<typeof PciId>;

/**
 * The CPUID identity of a CPU family, as Linux /proc/cpuinfo, hwloc (CPUVendor, CPUFamilyNumber, CPUModelNumber)
 * and NCCL's topology XML (`<cpu vendor familyid modelid>`) print it: vendor string, family and model in decimal.
 */
export const CpuId = z.strictObject({
  vendor: z.string().min(1),
  family: int.nonnegative(),
  model: int.nonnegative(),
});
export type CpuId = z.infer<typeof CpuId>;

export const Part = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(COMPONENT_KINDS),
  vendor: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  ports: z.array(PortTemplate),
  /** Typical power of the part (W); null where no public source gives it. */
  powerW: nonNegative.nullable(),
  /** Latency the part adds to a path through it (ns); null where unknown. */
  latencyNs: nonNegative.nullable(),
  /** Total lanes of a configurable part (switch); ports declared in a design must fit. */
  lanes: int.positive().optional(),
  maxPorts: int.positive().optional(),
  /** Highest PCIe generation (pcie-class parts) or protocol generation supported. */
  maxGen: int.positive().optional(),
  /** Package insertion loss at the Nyquist of `maxGen` (dB); else the standard's root-package allowance applies. */
  packageLossDb: nonNegative.optional(),
  /** Linear equaliser gain at Nyquist (redrivers). */
  gain: z.array(FreqPoint).optional(),
  /** Channel loss the part can compensate per side at its top rate (retimers, dB). */
  compensationDb: positive.optional(),
  memoryGB: positive.optional(),
  memoryBandwidthGBps: positive.optional(),
  /** Switching capacity (Tb/s) of a switch ASIC. */
  capacityTbps: positive.optional(),
  /** Supports in-network reduction (NVLS/SHARP-class). */
  inNetworkReduction: z.boolean().optional(),
  pciIds: z.array(PciId).optional(),
  /** CPUID identities of the CPU family this part stands for (imports map a file's CPU to it). */
  cpuIds: z.array(CpuId).optional(),
  props: z.record(z.string(), z.union([finite, z.string(), z.boolean()])).optional(),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Part = z.infer<typeof Part>;

export const Guidance = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  value: finite,
  unit: z.string().min(1),
  notes: z.string().optional(),
  ...Sourcing,
});
export type Guidance = z.infer<typeof Guidance>;

/** A catalog file: every section optional so a user catalog can add only parts. */
export const CatalogFile = z.strictObject({
  catalogVersion: z.literal(1),
  standards: z.array(Standard).optional(),
  materials: z.array(Material).optional(),
  connectors: z.array(Connector).optional(),
  cables: z.array(Cable).optional(),
  parts: z.array(Part).optional(),
  guidance: z.array(Guidance).optional(),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

export interface Catalog {
  standards: Standard[];
  materials: Material[];
  connectors: Connector[];
  cables: Cable[];
  parts: Part[];
  guidance: Guidance[];
}
