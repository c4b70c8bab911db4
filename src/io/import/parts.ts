/** Catalog look-ups for imported devices: PCI id → part, generic part per kind, switch-chip recognition. */
import { findPart, mergeCatalogs, type Catalog, type Part } from '../../catalog/index.js';
import { genericParts } from '../../catalog/data/parts/generic.js';
import type { ComponentKind } from '../../model/index.js';
import type { PciIdQuad } from './raw.js';

/** The catalog with the generic parts added where it lacks them (until the built-in catalog registers them). */
export function withGenericParts(catalog: Catalog): Catalog {
  const missing = genericParts.filter((p) => !findPart(catalog, p.id));
  if (missing.length === 0) return catalog;
  return mergeCatalogs({ catalogVersion: 1, ...catalog }, { catalogVersion: 1, parts: missing });
}

const GENERIC_BY_KIND: Partial<Record<ComponentKind, string>> = {
  accelerator: 'generic-gpu',
  nic: 'generic-nic',
  'pcie-switch': 'generic-pcie-switch',
  nvme: 'generic-nvme',
  cpu: 'generic-cpu',
  'nvlink-switch': 'generic-nvlink-switch',
  'cxl-memory': 'generic-cxl-memory',
};
export const genericPartId = (kind: ComponentKind): string => GENERIC_BY_KIND[kind] ?? 'generic-pcie-device';

/**
 * The catalog part whose `pciIds` match, preferring one that also matches the subsystem ids
 * (one chip sold as several boards); null when none does.
 */
export function partByPciId(catalog: Catalog, ids: PciIdQuad | null): Part | null {
  if (!ids) return null;
  let loose: Part | null = null;
  for (const part of catalog.parts) {
    for (const p of part.pciIds ?? []) {
      if (p.vendor !== ids.vendor || p.device !== ids.device) continue;
      if (p.subsystemVendor === undefined) loose ??= part;
      else if (p.subsystemVendor === ids.subsystemVendor && p.subsystemDevice === ids.subsystemDevice)
        return part;
    }
  }
  return loose;
}

/**
 * A bridge id whose nested bridge levels are one switch chip (merged as partitions): the vendor:device of a
 * catalog PCIe-switch part, whatever the subsystem ids (which name the board, not the chip). Broadcom PEX88xxx/
 * PEX89xxx expose internal levels this way (NCCL's ncclTopoFlattenBcmSwitches flattens them too). A chip known
 * only by its database name ("PEX9781 ... Switch") is not merged: DGX-2 cascades two PEX9781 chips, and the same
 * model below a downstream port is then a second switch, not a level of the first.
 */
export function isSwitchChip(catalog: Catalog, ids: PciIdQuad | null): boolean {
  if (!ids) return false;
  const sameChip = (p: Part): boolean =>
    p.kind === 'pcie-switch' &&
    (p.pciIds ?? []).some((x) => x.vendor === ids.vendor && x.device === ids.device);
  return catalog.parts.some(sameChip);
}
