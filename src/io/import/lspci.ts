/**
 * `lspci -tv` trees and `lspci -vv` blocks (with or without `-nn`) → host tree. The tree gives the hierarchy;
 * a `-vv` block for a bus id adds its class, ids, LnkCap (capable) and LnkSta (trained) speed and width.
 */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue } from '../../model/index.js';
import { buildDesign, type ImportResult } from './build-design.js';
import { genFromSpeedText, linkState, parseWidth } from './link-speed.js';
import { classCodeByName, deviceName, idsByDescription, type PciIds } from './pci-ids.js';
import { normBusId, rawDevice, type RawDevice, type RawHost, type RawHostBridge } from './raw.js';
import { idsInText, parseVvBlocks, type VvBlock } from './lspci-vv.js';

/** One entry of the tree: `[0000:00]` (a root bus) or `01.1-[01-03]` (a function, a bridge when it has a bus range). */
const TOKEN = /\[([0-9a-f]{4}):([0-9a-f]{2})\]|([0-9a-f]{2}\.[0-7])(?:-\[([0-9a-f]{2})(?:-[0-9a-f]{2})?\])?/g;
const TREE_LINE = /^[\s|+\\`-]*[-+\\`]-?(\[[0-9a-f]{4}:[0-9a-f]{2}\]|[0-9a-f]{2}\.[0-7])/;

interface Node {
  dev: RawDevice | null;
  /** Bus number of this entry's children (a bridge's secondary bus, a root bus's own number). */
  bus: string;
  domain: string;
}

function parseTree(text: string, issues: DraftIssue[]): RawHostBridge[] {
  const roots: RawHostBridge[] = [];
  const branch = new Map<number, Node>();
  let trees = 0;
  for (const line of text.split('\n')) {
    if (trees > 1) break;
    if (!TREE_LINE.test(line)) continue;
    let prev: Node | null = null;
    for (const m of line.matchAll(TOKEN)) {
      const at = m.index;
      if (m[1]) {
        if (at <= 3 && line.trimStart().startsWith('-[')) trees++;
        if (trees > 1) break;
        const hb: RawHostBridge = { id: `${m[1]}:${m[2]}`, children: [], implicitRootPorts: false };
        roots.push(hb);
        prev = { dev: null, bus: m[2]!, domain: m[1]! };
        (prev as Node & { hb?: RawHostBridge }).hb = hb;
        continue;
      }
      const parent: (Node & { hb?: RawHostBridge }) | undefined = prev ?? branch.get(at - 2);
      if (!parent) continue;
      const busId = normBusId(`${parent.domain}:${parent.bus}:${m[3]}`)!;
      const after = line.slice(at + m[0].length);
      const desc = /^\s{2}(\S.*)$/.exec(after)?.[1]?.trim() ?? null;
      const dev = rawDevice(busId, { busId, text: desc, isBridge: m[4] !== undefined });
      // SR-IOV functions name themselves ("ConnectX Family mlx5Gen Virtual Function").
      if (desc && /Virtual Function/i.test(desc)) dev.infos.virtualFunction = 'true';
      if (parent.dev) parent.dev.children.push(dev);
      else parent.hb?.children.push(dev);
      const node: Node = { dev, bus: m[4] ?? '', domain: parent.domain };
      // Later siblings of `dev` hang at the column of the connector before it.
      branch.set(at - 2, parent);
      prev = dev.isBridge ? node : null;
      if (!dev.isBridge) break;
    }
  }
  if (trees > 1)
    issues.push({
      severity: 'warning',
      code: 'lspci-several-trees',
      message: 'the file holds several lspci trees: only the first is imported',
    });
  return roots;
}

/** Adds what a -vv block says to the device of the same bus id (or a new top-level device when no tree lists it). */
function applyBlock(catalog: Catalog, db: PciIds | null, d: RawDevice, b: VvBlock): void {
  d.classCode = b.classCode ?? classCodeByName(db, b.className) ?? d.classCode;
  d.text ??= b.text;
  if (b.ids)
    d.ids = {
      ...b.ids,
      subsystemVendor: b.subsystem?.vendor ?? null,
      subsystemDevice: b.subsystem?.device ?? null,
    };
  d.capable = linkState(genFromSpeedText(catalog, b.lnkCap?.speed), parseWidth(b.lnkCap?.width));
  d.reported = linkState(genFromSpeedText(catalog, b.lnkSta?.speed), parseWidth(b.lnkSta?.width));
  if (b.numaNode !== null) d.numaNode = b.numaNode;
  if (b.virtualFunction) d.infos.virtualFunction = 'true';
}

/**
 * Ids of a device the -vv block did not give: written in the tree (`-tvnn`'s `[10de:2335]`, `-tvn`'s bare
 * `10de:2335`), else looked up in reverse from the names (`lspci -tv`). A function the database names a
 * "Virtual Function" is an SR-IOV VF even where the file prints only numbers.
 */
function fillIds(db: PciIds | null, d: RawDevice): void {
  const written = d.ids ?? (d.text ? idsInText(d.text) : null);
  const found = written ?? (d.text ? idsByDescription(db, d.text) : null);
  if (!d.ids && found?.device)
    d.ids = { vendor: found.vendor, device: found.device, subsystemVendor: null, subsystemDevice: null };
  if (d.ids && /Virtual Function/i.test(deviceName(db, d.ids.vendor, d.ids.device) ?? ''))
    d.infos.virtualFunction = 'true';
  d.children.forEach((c) => fillIds(db, c));
}

export function readLspci(text: string, catalog: Catalog, db: PciIds | null): RawHost {
  const issues: DraftIssue[] = [];
  const hostBridges = parseTree(text, issues);
  const byBus = new Map<string, RawDevice>();
  const index = (list: RawDevice[]): void => list.forEach((d) => (byBus.set(d.key, d), index(d.children)));
  hostBridges.forEach((h) => index(h.children));
  const loose: RawDevice[] = [];
  for (const b of parseVvBlocks(text)) {
    let d = byBus.get(b.busId);
    if (!d) {
      d = rawDevice(b.busId, { busId: b.busId, text: b.text });
      loose.push(d);
    }
    applyBlock(catalog, db, d, b);
  }
  if (loose.length > 0) {
    if (hostBridges.length > 0)
      issues.push({
        severity: 'warning',
        code: 'lspci-not-in-tree',
        message: `${loose.length} device(s) of the -vv output are not in the tree: placed on their own root ports`,
      });
    else
      issues.push({
        severity: 'info',
        code: 'lspci-no-tree',
        message: 'no lspci -tv tree: each device placed on its own root port (switches unknown)',
      });
    hostBridges.push({ id: 'unknown', children: loose, implicitRootPorts: true });
  }
  hostBridges.forEach((h) => h.children.forEach((c) => fillIds(db, c)));
  if (hostBridges.length === 0)
    issues.push({
      severity: 'error',
      code: 'lspci-no-devices',
      message:
        'no lspci -tv tree and no lspci -vv device header (bb:dd.f Class: ...) found: not lspci output?',
      hint: 'give the output of `lspci -tv` and/or `lspci -vv`, or name the right format with --from',
    });
  else
    issues.push({
      severity: 'info',
      code: 'lspci-socket-unknown',
      message: 'lspci does not say which CPU socket a root bus belongs to: all placed on cpu0',
    });
  return {
    format: 'lspci',
    sockets: hostBridges.length > 0 ? [{ numaNode: null, infos: {}, hostBridges }] : [],
    socketProtocol: null,
    peerLinks: [],
    bridgesAreSwitches: false,
    issues,
  };
}

export const importLspci = (
  text: string,
  catalog: Catalog,
  db: PciIds | null,
  name = 'lspci',
): ImportResult => buildDesign(readLspci(text, catalog, db), catalog, db, name);
