/** What an imported PCI function is: catalog part by PCI id, else the file's hint, its class code, or its description. */
import type { Catalog } from '../../catalog/index.js';
import type { ComponentKind } from '../../model/index.js';
import { CLASS_VGA, kindOfClass } from './pci-class.js';

/** Narrowest link a VGA-class function has to count as an accelerator (see `classify`). */
const MIN_GPU_LANES = 8;
import { deviceName, vendorName, type PciIds } from './pci-ids.js';
import { genericPartId, partByPciId } from './parts.js';
import type { RawDevice } from './raw.js';

export interface Classified {
  kind: ComponentKind;
  part: string;
  /** True when no catalog part matched and a generic part stands in. */
  generic: boolean;
  /** How the kind was decided when not from the part or the class code (for the info issue). */
  guessedFrom: string | null;
}

// `lspci -tv` prints no class code; these words in the PCI ID database's device names say what a device is.
// They are the fallback after the catalog (by id) and are reported as a guess.
const NAME_RULES: [RegExp, ComponentKind][] = [
  [/ConnectX|InfiniBand|Ethernet|Network Connection|Network Adapter|Elastic Fabric/i, 'nic'],
  [/NVMe|Non-Volatile memory/i, 'nvme'],
  [/\bCXL\b.*memory/i, 'cxl-memory'],
  [/NVSwitch/i, 'nvlink-switch'],
  // Compute and workstation GPU product lines as the database names them (audio/USB functions of a GPU do not match).
  [/\b(GeForce|Quadro|Tesla|RTX|Radeon|Instinct|Gaudi)\b|\[(A|H|B|L)\d{2,3}\b/, 'accelerator'],
];

/** The kind the file's description or the database's device name implies, or null. */
function kindFromName(text: string): ComponentKind | null {
  for (const [re, kind] of NAME_RULES) if (re.test(text)) return kind;
  return null;
}

export function classify(catalog: Catalog, db: PciIds | null, dev: RawDevice): Classified | null {
  const part = partByPciId(catalog, dev.ids);
  if (part) return { kind: part.kind, part: part.id, generic: false, guessedFrom: null };
  let kind = dev.kindHint ?? kindOfClass(dev.classCode);
  // A VGA-class function narrower than x8 is a server's BMC display (ASPEED AST2600 / Matrox G200: PCIe x1 or
  // legacy PCI), not a compute GPU; workstation GPUs that report VGA class train x16.
  const lanes = dev.capable?.width ?? dev.reported?.width ?? 0;
  if (!dev.kindHint && dev.classCode === CLASS_VGA && lanes < MIN_GPU_LANES) return null;
  let guessedFrom: string | null = null;
  // A class code the file states is authoritative: a RAID controller (0x0104) named "NVMe RAID" is no drive.
  if (!kind && dev.classCode === null) {
    const name = (dev.ids && deviceName(db, dev.ids.vendor, dev.ids.device)) ?? dev.text ?? '';
    kind = kindFromName(name);
    if (kind) guessedFrom = `its name "${name}"`;
  }
  if (!kind) return null;
  return { kind, part: genericPartId(kind), generic: true, guessedFrom };
}

/** `NVIDIA Corporation GH100 [H200 SXM 141GB]` from the database, else the file's text, else the raw id. */
export function describe(db: PciIds | null, dev: RawDevice): string {
  if (dev.ids) {
    const v = vendorName(db, dev.ids.vendor);
    const d = deviceName(db, dev.ids.vendor, dev.ids.device);
    if (v && d) return `${v} ${d}`;
  }
  return dev.text ?? (dev.ids ? `${dev.ids.vendor}:${dev.ids.device}` : 'unknown device');
}

/**
 * Fastest line rate (Gb/s) a NIC's name states ("X710 for 10GBASE-T" 10, "I350 Gigabit" 1, "RTL8125 2.5GbE" 2.5,
 * "Fast Ethernet" 0.1), or null when the name states none (ConnectX-7, E810-C for QSFP). A number glued to a model
 * name ("I350 Gigabit") is no rate.
 */
export function statedRateGbps(name: string): number | null {
  const rates = [
    ...name.matchAll(/(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*-?\s*(?:G(?:bE|b\/s|BASE|bps)|Gigabit)/gi),
  ].map((m) => Number(m[1]));
  if (/\bFast Ethernet\b/i.test(name)) rates.push(0.1);
  if (rates.length === 0 && /\bGigabit\b/i.test(name)) rates.push(1);
  return rates.length > 0 ? Math.max(...rates) : null;
}

/**
 * Fastest port of a management / host network (1, 2.5, 5, 10 GbE; issue 14's definition): such a port is not a
 * scale-out NIC (the catalog's scale-out NICs run 100-800 Gb/s, src/catalog/data/parts/nics.ts) and is counted
 * apart from the RDMA NICs.
 */
export const MANAGEMENT_MAX_RATE_GBPS = 10;

/** The rate of a generic NIC whose name says it is a management / host port, else null (catalog NICs never are). */
export function managementRate(db: PciIds | null, dev: RawDevice, cls: Classified): number | null {
  if (cls.kind !== 'nic' || !cls.generic) return null;
  const rate = statedRateGbps(describe(db, dev));
  return rate !== null && rate <= MANAGEMENT_MAX_RATE_GBPS ? rate : null;
}
