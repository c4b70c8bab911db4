/** The host tree every importer reads a file into, before ids, parts and ports are assigned (see build-design.ts). */
import type { ComponentKind, DraftIssue, LinkState, Protocol } from '../../model/index.js';

export interface PciIdQuad {
  vendor: string;
  device: string;
  subsystemVendor: string | null;
  subsystemDevice: string | null;
}

/** One PCI function (or, in NCCL XML, one element) as a file states it. */
export interface RawDevice {
  /** Key for NVLink targets: the bus id, or `gpu:N` / `nic:N` where the file has none. */
  key: string;
  busId: string | null;
  /** 16-bit class code (`0x0302`), or null when the file does not say. */
  classCode: number | null;
  ids: PciIdQuad | null;
  /** Description as written in the file (lspci), or null. */
  text: string | null;
  /** The format says what it is (NCCL `<gpu>`, nvidia-smi `GPU0` row). */
  kindHint: ComponentKind | null;
  isBridge: boolean;
  /** Link above this device, as trained and as capable. */
  reported: LinkState | null;
  capable: LinkState | null;
  numaNode: number | null;
  children: RawDevice[];
  /** NVLink-class links from this device: target key, link count, and whether the target is a switch. */
  nvlinks: { target: string; count: number; targetIsSwitch: boolean }[];
  /** Where the GPU's NVLink generation is known from the file (NCCL `sm`). */
  nvlinkGen: number | null;
  /** PCIe function number (bus id `.f`); functions > 0 of a multi-function device share function 0's link. */
  infos: Record<string, string>;
  /** Further network ports of this one function (an NCCL `<nic>` with several `<net>`): each a NIC on its link. */
  extraPorts: RawDevice[];
  /** A switch partition's chip (rackwire's NCCL export ties the virtual switches of one chip together), or null. */
  chip: string | null;
}

/** A root bus (PCIe host bridge) and the root ports / devices on it. */
export interface RawHostBridge {
  id: string;
  /** Bridges on the root bus are root ports; other devices on it are integrated endpoints. */
  children: RawDevice[];
  /** The format puts each child under an unseen root port (NCCL XML lists switches and devices directly under `<cpu>`). */
  implicitRootPorts: boolean;
}

export interface RawSocket {
  numaNode: number | null;
  infos: Record<string, string>;
  hostBridges: RawHostBridge[];
}

/** Direct device-to-device links that are not PCIe (xGMI, NVLink without a switch). */
export interface RawPeerLink {
  a: string;
  b: string;
  protocol: Protocol;
  width: number;
}

export interface RawHost {
  format: string;
  sockets: RawSocket[];
  /** Socket-to-socket link protocol, when the CPU vendor is known. */
  socketProtocol: Protocol | null;
  peerLinks: RawPeerLink[];
  /** Bridges are switches as written (NCCL XML collapses switch levels itself; so do synthesised trees). */
  bridgesAreSwitches: boolean;
  issues: DraftIssue[];
}

export const rawDevice = (key: string, fields: Partial<RawDevice>): RawDevice => ({
  key,
  busId: null,
  classCode: null,
  ids: null,
  text: null,
  kindHint: null,
  isBridge: false,
  reported: null,
  capable: null,
  numaNode: null,
  children: [],
  nvlinks: [],
  nvlinkGen: null,
  infos: {},
  extraPorts: [],
  chip: null,
  ...fields,
});

/** Normalises a PCI bus id to `dddd:bb:dd.f` in lower case (adds domain 0000 when missing). */
export function normBusId(text: string): string | null {
  const m = /^(?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\.([0-7])$/.exec(text.trim());
  if (!m) return null;
  const domain = (m[1] ?? '0000').slice(-4);
  return `${domain}:${m[2]}:${m[3]}.${m[4]}`.toLowerCase();
}
