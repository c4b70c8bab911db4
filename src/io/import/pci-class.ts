/** PCI class codes → what rackwire imports them as (PCI-SIG "PCI Code and ID Assignment Specification" r1.15, §1). */
import type { ComponentKind } from '../../model/index.js';

// Base class / subclass codes from the PCI Code and ID Assignment Specification, as the pci.ids `C` section lists them.
export const CLASS_VGA = 0x0300;
export const CLASS_3D = 0x0302;
export const CLASS_DISPLAY_OTHER = 0x0380;
export const CLASS_NVME = 0x0108;
export const CLASS_ETHERNET = 0x0200;
export const CLASS_INFINIBAND = 0x0207;
export const CLASS_NETWORK_OTHER = 0x0280;
export const CLASS_CXL_MEMORY = 0x0502;
export const CLASS_PCI_BRIDGE = 0x0604;
/** "Other bridge": NVIDIA NVSwitch reports 0x0680 (NCCL's `tclass="0x068000"`, src/graph/topo.cc). */
export const CLASS_OTHER_BRIDGE = 0x0680;
export const CLASS_PROCESSING_ACCELERATOR = 0x1200;

const BY_CLASS = new Map<number, ComponentKind>([
  [CLASS_VGA, 'accelerator'],
  [CLASS_3D, 'accelerator'],
  [CLASS_DISPLAY_OTHER, 'accelerator'],
  [CLASS_PROCESSING_ACCELERATOR, 'accelerator'],
  [CLASS_NVME, 'nvme'],
  [CLASS_ETHERNET, 'nic'],
  [CLASS_INFINIBAND, 'nic'],
  [CLASS_NETWORK_OTHER, 'nic'],
  [CLASS_CXL_MEMORY, 'cxl-memory'],
  [CLASS_OTHER_BRIDGE, 'nvlink-switch'],
]);

/** The kind a 16-bit class code implies, or null (bridges and classes rackwire does not model). */
export const kindOfClass = (classCode: number | null): ComponentKind | null =>
  classCode === null ? null : (BY_CLASS.get(classCode) ?? null);

/** Parses `0x030200`, `0x0302` or `0302` to the 16-bit class code. */
export function parseClassCode(text: string | undefined): number | null {
  if (!text) return null;
  const hex = text.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  return hex.length >= 6 ? parseInt(hex.slice(0, 4), 16) : parseInt(hex.slice(0, 4), 16);
}
