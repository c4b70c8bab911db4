/** Parser and look-ups for the PCI ID database (`pci.ids`): vendor, device, subsystem and class names. */

export interface PciDeviceEntry {
  name: string;
  /** `ssvv ssdd` (subsystem vendor and device, lower-case hex) → name. */
  subsystems: Map<string, string>;
}
export interface PciVendorEntry {
  name: string;
  devices: Map<string, PciDeviceEntry>;
}
export interface PciIds {
  /** The header's `Version:` (`2026.08.22`), or null when the file states none. */
  version: string | null;
  vendors: Map<string, PciVendorEntry>;
  /** Class `cc` → { name, subclasses `ss` → name }. */
  classes: Map<string, { name: string; subclasses: Map<string, string> }>;
}

const VENDOR = /^([0-9a-f]{4})\s+(.+)$/;
const DEVICE = /^\t([0-9a-f]{4})\s+(.+)$/;
const SUBSYS = /^\t\t([0-9a-f]{4}) ([0-9a-f]{4})\s+(.+)$/;
const CLASS = /^C ([0-9a-f]{2})\s+(.+)$/;
const SUBCLASS = /^\t([0-9a-f]{2})\s+(.+)$/;

/** Parses the text of a pci.ids file (pure; unknown lines are skipped, as the format allows comments). */
export function parsePciIds(text: string): PciIds {
  const vendors = new Map<string, PciVendorEntry>();
  const classes: PciIds['classes'] = new Map();
  let vendor: PciVendorEntry | null = null;
  let device: PciDeviceEntry | null = null;
  let cls: { name: string; subclasses: Map<string, string> } | null = null;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    let m: RegExpExecArray | null;
    if ((m = VENDOR.exec(line))) {
      vendor = { name: m[2]!.trim(), devices: new Map() };
      vendors.set(m[1]!, vendor);
      device = null;
      cls = null;
    } else if ((m = CLASS.exec(line))) {
      cls = { name: m[2]!.trim(), subclasses: new Map() };
      classes.set(m[1]!, cls);
      vendor = null;
    } else if (cls && (m = SUBCLASS.exec(line))) {
      cls.subclasses.set(m[1]!, m[2]!.trim());
    } else if (vendor && (m = DEVICE.exec(line))) {
      device = { name: m[2]!.trim(), subsystems: new Map() };
      vendor.devices.set(m[1]!, device);
    } else if (device && (m = SUBSYS.exec(line))) {
      device.subsystems.set(`${m[1]} ${m[2]}`, m[3]!.trim());
    }
  }
  const version = /^#\s*Version:\s*(\S+)/m.exec(text.slice(0, 4096))?.[1] ?? null;
  return { version, vendors, classes };
}

export const vendorName = (db: PciIds | null, vendor: string): string | null =>
  db?.vendors.get(vendor)?.name ?? null;
export const deviceName = (db: PciIds | null, vendor: string, device: string): string | null =>
  db?.vendors.get(vendor)?.devices.get(device)?.name ?? null;

/** The 16-bit class code (`0x0302`) whose subclass name lspci prints (`3D controller`), or null. */
export function classCodeByName(db: PciIds | null, name: string): number | null {
  if (!db) return null;
  for (const [cc, entry] of db.classes) {
    for (const [ss, subName] of entry.subclasses) if (subName === name) return parseInt(cc + ss, 16);
  }
  return null;
}

/**
 * Reverse look-up of an `lspci` (without -nn) device description: the longest vendor name that prefixes the text,
 * then a device of that vendor named by the rest (or `Device 2335`, which lspci prints for an unnamed id).
 */
export function idsByDescription(
  db: PciIds | null,
  text: string,
): { vendor: string; device: string | null } | null {
  if (!db) return null;
  let best: { id: string; entry: PciVendorEntry } | null = null;
  for (const [id, entry] of db.vendors) {
    if (text.startsWith(entry.name + ' ') && (!best || entry.name.length > best.entry.name.length))
      best = { id, entry };
  }
  if (!best) return null;
  const rest = text.slice(best.entry.name.length + 1).trim();
  const unnamed = /^Device ([0-9a-f]{4})\b/.exec(rest);
  if (unnamed) return { vendor: best.id, device: unnamed[1]! };
  const clean = rest.replace(/\s*\(rev [0-9a-f]+\).*$/, '');
  for (const [dev, entry] of best.entry.devices)
    if (entry.name === clean) return { vendor: best.id, device: dev };
  return { vendor: best.id, device: null };
}
