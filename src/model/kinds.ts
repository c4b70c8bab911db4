/**
 * Component kinds and the structural properties each declares. Shared algorithms read these
 * properties and never switch on `kind` (conventions §7); a new kind touches this file and the catalog only.
 */

export const COMPONENT_KINDS = [
  'cpu',
  'accelerator',
  'pcie-switch',
  'retimer',
  'redriver',
  'cxl-memory',
  'nic',
  'nvme',
  'nvlink-switch',
  'ualink-switch',
  'ethernet-switch',
  'infiniband-switch',
  'cable-module',
  'optical-transceiver',
  'slot',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export type BomCategory =
  | 'accelerators'
  | 'cpus'
  | 'pcie-switches'
  | 'retimers'
  | 'redrivers'
  | 'cxl-controllers'
  | 'nics'
  | 'nvme'
  | 'scale-up-switches'
  | 'scale-out-switches'
  | 'cables'
  | 'optics'
  | 'other';

/** Which part of the system a piece of interconnect silicon serves (BOM vendor summary). */
export type Domain = 'server' | 'scale-up' | 'scale-out' | 'compute';

export interface KindTraits {
  /** Id prefix used by generated and imported designs: `gpu3`, `nic0`, `cpu1`. */
  idPrefix: string;
  /** Lives inside a link's channel (referenced by a `device` segment) rather than at a link's end. */
  inChannel: boolean;
  /** Splits the channel into independently budgeted segments (retimer-class devices). */
  resetsChannelBudget: boolean;
  /** Adds linear gain to the channel without resetting it (redriver-class devices). */
  addsChannelGain: boolean;
  /** Role in a PCIe hierarchy: a root complex, a switch that forwards between its ports, an endpoint, or none. */
  pcieRole: 'root-complex' | 'switch' | 'endpoint' | 'none';
  /** Forwards traffic between its ports (paths may pass through it). */
  forwardsTraffic: boolean;
  /** Is a compute endpoint that collectives place ranks on. */
  isAccelerator: boolean;
  /** Is a network endpoint (one network function per port). */
  isNetworkEndpoint: boolean;
  bomCategory: BomCategory;
  /** A different BOM category when a part of this kind serves another domain (an Ethernet switch used for scale-up). */
  bomCategoryInDomain?: Partial<Record<Domain, BomCategory>>;
  domain: Domain;
}

const base: KindTraits = {
  idPrefix: 'dev',
  inChannel: false,
  resetsChannelBudget: false,
  addsChannelGain: false,
  pcieRole: 'none',
  forwardsTraffic: false,
  isAccelerator: false,
  isNetworkEndpoint: false,
  bomCategory: 'other',
  domain: 'server',
};

export const KIND_TRAITS: Record<ComponentKind, KindTraits> = {
  cpu: {
    ...base,
    idPrefix: 'cpu',
    pcieRole: 'root-complex',
    forwardsTraffic: true,
    bomCategory: 'cpus',
    domain: 'compute',
  },
  accelerator: {
    ...base,
    idPrefix: 'gpu',
    pcieRole: 'endpoint',
    isAccelerator: true,
    bomCategory: 'accelerators',
    domain: 'compute',
  },
  'pcie-switch': {
    ...base,
    idPrefix: 'pcisw',
    pcieRole: 'switch',
    forwardsTraffic: true,
    bomCategory: 'pcie-switches',
  },
  retimer: { ...base, idPrefix: 'rt', inChannel: true, resetsChannelBudget: true, bomCategory: 'retimers' },
  redriver: { ...base, idPrefix: 'rd', inChannel: true, addsChannelGain: true, bomCategory: 'redrivers' },
  'cxl-memory': { ...base, idPrefix: 'cxl', pcieRole: 'endpoint', bomCategory: 'cxl-controllers' },
  nic: {
    ...base,
    idPrefix: 'nic',
    pcieRole: 'endpoint',
    isNetworkEndpoint: true,
    bomCategory: 'nics',
    domain: 'scale-out',
  },
  nvme: { ...base, idPrefix: 'nvme', pcieRole: 'endpoint', bomCategory: 'nvme' },
  'nvlink-switch': {
    ...base,
    idPrefix: 'nvsw',
    forwardsTraffic: true,
    bomCategory: 'scale-up-switches',
    domain: 'scale-up',
  },
  'ualink-switch': {
    ...base,
    idPrefix: 'ualsw',
    forwardsTraffic: true,
    bomCategory: 'scale-up-switches',
    domain: 'scale-up',
  },
  'ethernet-switch': {
    ...base,
    idPrefix: 'ethsw',
    forwardsTraffic: true,
    bomCategory: 'scale-out-switches',
    bomCategoryInDomain: { 'scale-up': 'scale-up-switches' },
    domain: 'scale-out',
  },
  'infiniband-switch': {
    ...base,
    idPrefix: 'ibsw',
    forwardsTraffic: true,
    bomCategory: 'scale-out-switches',
    domain: 'scale-out',
  },
  'cable-module': {
    ...base,
    idPrefix: 'aec',
    inChannel: true,
    resetsChannelBudget: true,
    bomCategory: 'cables',
    domain: 'scale-out',
  },
  'optical-transceiver': {
    ...base,
    idPrefix: 'xcvr',
    inChannel: true,
    resetsChannelBudget: true,
    bomCategory: 'optics',
    domain: 'scale-out',
  },
  slot: { ...base, idPrefix: 'slot', bomCategory: 'other' },
};

export const kindTraits = (kind: ComponentKind): KindTraits => KIND_TRAITS[kind];
