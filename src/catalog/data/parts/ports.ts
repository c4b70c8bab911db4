/** Port-template builders shared by the built-in part files (plain data, no defaults hidden from the schema). */
import type { PciId, PortTemplate } from '../../schema.js';

/** PCIe x16 bifurcation down to x4 (Intel/AMD root ports, Aries retimers: 1×16, 2×8, 4×4). */
export const BIFURCATE_X4: number[][] = [[16], [8, 8], [4, 4, 4, 4]];
/** Down to x2 (Aries retimers 8×2; PEX890xx, whose 144 lanes make 72 ports). */
export const BIFURCATE_X2: number[][] = [...BIFURCATE_X4, [2, 2, 2, 2, 2, 2, 2, 2]];

/** An endpoint's PCIe host interface (`pcie`, upstream). */
export const pcieUp = (
  lanes: number,
  maxGen: number,
  altProtocols?: PortTemplate['altProtocols'],
): PortTemplate => ({
  name: 'pcie',
  protocol: 'pcie',
  lanes,
  maxGen,
  role: 'upstream',
  ...(altProtocols ? { altProtocols } : {}),
});

/** A lane-rate network port group (`p{i}` by default). */
export const netPorts = (
  count: number,
  lanes: number,
  laneRateGbps: number,
  protocol: 'ethernet' | 'infiniband' | 'ualink',
  extra: Partial<PortTemplate> = {},
): PortTemplate => ({ name: 'p{i}', count, protocol, lanes, laneRateGbps, role: 'peer', ...extra });

/** Default template of a configurable PCIe switch: `up0` plus `dn{i}` groups of `groupLanes` lanes. */
export function switchPorts(totalLanes: number, groupLanes: number, maxGen: number): PortTemplate[] {
  const groups = Math.floor(totalLanes / groupLanes);
  const ports: PortTemplate[] = [
    { name: 'up0', protocol: 'pcie', lanes: groupLanes, maxGen, role: 'upstream' },
    { name: 'dn{i}', count: groups - 1, protocol: 'pcie', lanes: groupLanes, maxGen, role: 'downstream' },
  ];
  const rest = totalLanes - groups * groupLanes;
  if (rest > 0) ports.push({ name: 'dnx', protocol: 'pcie', lanes: rest, maxGen, role: 'downstream' });
  return ports;
}

/** An in-channel device's two sides (retimers, redrivers): `a` toward the root, `b` toward the endpoint. */
export const channelSides = (lanes: number, maxGen: number, bifurcation?: number[][]): PortTemplate[] => [
  {
    name: 'a',
    protocol: 'pcie',
    altProtocols: ['cxl'],
    lanes,
    maxGen,
    role: 'upstream',
    ...(bifurcation ? { bifurcation } : {}),
  },
  {
    name: 'b',
    protocol: 'pcie',
    altProtocols: ['cxl'],
    lanes,
    maxGen,
    role: 'downstream',
    ...(bifurcation ? { bifurcation } : {}),
  },
];

export const pciId = (
  vendor: string,
  device: string,
  subsystemVendor?: string,
  subsystemDevice?: string,
): PciId => ({
  vendor,
  device,
  ...(subsystemVendor ? { subsystemVendor } : {}),
  ...(subsystemDevice ? { subsystemDevice } : {}),
});

/** Source text of every PCI id in the built-in parts. */
export const PCI_IDS_SOURCE = 'pciutils/pciids pci.ids (version 2026.08.22, commit c1c12547)';
