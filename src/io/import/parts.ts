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

/** The CPUID identity a file states for a socket (NCCL `<cpu vendor familyid modelid>`, hwloc CPUVendor...), or null. */
export function cpuIdentity(
  infos: Record<string, string>,
): { vendor: string; family: number; model: number } | null {
  const family = Number(infos.familyid);
  const model = Number(infos.modelid);
  if (!infos.vendor || !Number.isInteger(family) || !Number.isInteger(model) || infos.familyid === '')
    return null;
  return { vendor: infos.vendor, family, model };
}

/**
 * The catalog CPU part for a socket whose file states its CPUID identity, with what to tell the user: one part
 * lists that identity (a family, so the SKU is assumed), several do (generic, the candidates named), or none.
 */
export function cpuPartByIdentity(
  catalog: Catalog,
  infos: Record<string, string>,
): { part: string | null; message: string } | null {
  const id = cpuIdentity(infos);
  if (!id) return null;
  const what = `${id.vendor} family ${id.family} model ${id.model}`;
  const hits = catalog.parts.filter(
    (p) =>
      p.kind === 'cpu' &&
      (p.cpuIds ?? []).some((c) => c.vendor === id.vendor && c.family === id.family && c.model === id.model),
  );
  if (hits.length === 1)
    return {
      part: hits[0]!.id,
      message: `${what} is the catalog's ${hits[0]!.id} (${hits[0]!.name}): the file names the CPU family, not the SKU, so that part's figures are assumed`,
    };
  if (hits.length > 1)
    return {
      part: null,
      message: `${what} fits ${hits.length} catalog parts (${hits.map((p) => p.id).join(', ')}): generic-cpu used`,
    };
  return { part: null, message: `${what} matches no catalog CPU: generic-cpu used` };
}
