/** The catalog part of an imported PCIe switch: by PCI id, else the chip family member that holds the lanes seen. */
import type { Catalog, Part } from '../../catalog/index.js';
import type { Builder, PendingComponent } from './builder.js';
import { partByPciId } from './parts.js';
import type { PciIdQuad } from './raw.js';

/**
 * Switch parts of one chip family: the same vendor:device, told apart only by subsystem ids (Broadcom's own
 * `1000:0048` names PEX89048 under 1000:c030). A board maker's subsystem ids (Supermicro `15d9:1d25`) or the
 * virtual-port id `1000:100b` say nothing of the member, so any member may be the chip.
 */
export function switchFamily(catalog: Catalog, ids: PciIdQuad | null): Part[] {
  if (!ids) return [];
  return catalog.parts.filter(
    (p) =>
      p.kind === 'pcie-switch' &&
      (p.pciIds ?? []).some((x) => x.vendor === ids.vendor && x.device === ids.device),
  );
}

/** The member with the fewest lanes that still holds `lanes` lanes on `ports` ports, or null when none does. */
export function smallestFitting(family: readonly Part[], lanes: number, ports: number): Part | null {
  const fits = family.filter(
    (p) => p.lanes !== undefined && p.lanes >= lanes && (p.maxPorts === undefined || p.maxPorts >= ports),
  );
  return fits.sort((a, b) => a.lanes! - b.lanes!)[0] ?? null;
}

/**
 * Sets `sw.part` once its ports are known: the exact PCI-id match, else the smallest family member holding the
 * lanes the import saw (an info issue says it is assumed), else the generic switch (an info issue says why).
 */
export function settleSwitchPart(
  b: Builder,
  sw: PendingComponent,
  ids: PciIdQuad | null,
  what: string,
): void {
  const exact = partByPciId(b.catalog, ids);
  if (exact?.kind === 'pcie-switch') {
    sw.part = exact.id;
    return;
  }
  const lanes = sw.ports.reduce((a, p) => a + p.lanes, 0);
  const family = switchFamily(b.catalog, ids);
  const member = smallestFitting(family, lanes, sw.ports.length);
  const sub = ids?.subsystemVendor
    ? `subsystem ${ids.subsystemVendor}:${ids.subsystemDevice}`
    : 'no subsystem id';
  const idText = ids && !what.includes(`${ids.vendor}:${ids.device}`) ? `, ${ids.vendor}:${ids.device}` : '';
  if (member) {
    sw.part = member.id;
    b.issues.push((idOf) => ({
      severity: 'info',
      code: 'switch-part-assumed',
      message: `${idOf(sw.key)} (${what}${idText}): ${sub} does not name the family member; ${member.id} assumed, the smallest of ${family.map((p) => p.id).join(', ')} that holds the ${lanes} lanes on ${sw.ports.length} ports seen`,
      hint: 'the board may carry a larger member; set the part in the design if you know it',
    }));
    return;
  }
  sw.part = 'generic-pcie-switch';
  b.issues.push((idOf) => ({
    severity: 'info',
    code: 'part-generic',
    message:
      family.length > 0
        ? `${idOf(sw.key)} (${what}${idText}): no member of ${family.map((p) => p.id).join(', ')} holds the ${lanes} lanes on ${sw.ports.length} ports seen: generic-pcie-switch used`
        : `${idOf(sw.key)} (${what}${idText}) matches no catalog part: generic-pcie-switch used`,
  }));
}
