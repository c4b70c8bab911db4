/** Walks an imported PCIe tree: root ports become CPU ports, bridge levels collapse into switches, devices get links. */
import { addComponent, addPort, nextPortName, type Builder, type PendingComponent } from './builder.js';
import { classify, describe, managementRate } from './classify.js';
import { findPart } from '../../catalog/index.js';
import { isSwitchChip } from './parts.js';
import { settleSwitchPart } from './switch-part.js';
import type { PciIds } from './pci-ids.js';
import type { RawDevice, RawHost } from './raw.js';

export interface WalkContext {
  b: Builder;
  db: PciIds | null;
  raw: RawHost;
  /** Functions the walk skipped (not an accelerator, NIC, drive, CXL memory or switch). */
  skipped: string[];
  /** Switches whose partitions the file writes apart (rackwire's NCCL export), by chip; their part is settled last. */
  chips?: Map<string, { sw: PendingComponent; u: RawDevice }>;
}

interface PortRef {
  key: string;
  port: string;
}

const widthOf = (d: RawDevice): number | null => d.capable?.width ?? d.reported?.width ?? null;

/** True when the subtree holds something rackwire imports. */
export function importable(ctx: WalkContext, d: RawDevice): boolean {
  if (!d.isBridge) return classify(ctx.b.catalog, ctx.db, d) !== null;
  return d.children.some((c) => importable(ctx, c));
}

function link(ctx: WalkContext, up: PortRef, down: PortRef, below: RawDevice, lanes?: number): void {
  const width = widthOf(below) ?? lanes ?? 16;
  ctx.b.links.push({
    from: up,
    to: down,
    protocol: 'pcie',
    width,
    gen: null,
    reported: below.reported,
    capable: below.capable,
  });
  const r = below.reported;
  const c = below.capable;
  if (r && c && ((r.gen !== null && c.gen !== null && r.gen < c.gen) || r.width < c.width)) {
    ctx.b.issues.push((idOf) => ({
      severity: 'warning',
      code: 'link-downtrained',
      message: `link to ${idOf(down.key)} trained at Gen${r.gen ?? '?'} x${r.width}, below its capability Gen${c.gen ?? '?'} x${c.width}`,
      hint: 'an idle GPU drops its link speed to save power (check under load); a lower width points to the slot, riser or cable',
    }));
  }
}

function noteLinkUnknown(
  ctx: WalkContext,
  key: string,
  lanes: number,
  gen: number | null,
  fromPart: boolean,
): void {
  ctx.b.issues.push((idOf) => ({
    severity: 'info',
    code: 'link-speed-unknown',
    message: fromPart
      ? `link speed of ${idOf(key)} unknown: Gen${gen ?? '?'} x${lanes} assumed from the part`
      : `link speed of ${idOf(key)} unknown: x${lanes} assumed (the widest PCIe link), generation unknown`,
  }));
}

/** An endpoint: a component with an upstream `pcie` port linked to `up`. */
function endpoint(ctx: WalkContext, d: RawDevice, up: PortRef | null): PendingComponent | null {
  const cls = classify(ctx.b.catalog, ctx.db, d);
  if (!cls) {
    ctx.skipped.push(d.busId ? `${d.busId} ${describe(ctx.db, d)}` : describe(ctx.db, d));
    return null;
  }
  const c = addComponent(ctx.b, {
    key: d.key,
    kind: cls.kind,
    part: cls.part,
    busId: d.busId,
    numaNode: d.numaNode,
    infos: {
      ...d.infos,
      description: describe(ctx.db, d),
      ...(d.ids ? { pciId: `${d.ids.vendor}:${d.ids.device}` } : {}),
    },
  });
  const mgmt = managementRate(ctx.db, d, cls);
  if (mgmt !== null) {
    c.infos.management = `${mgmt} Gb/s port by its name`;
    ctx.b.issues.push((idOf) => ({
      severity: 'info',
      code: 'nic-management',
      message: `${idOf(d.key)} (${describe(ctx.db, d)}) is a ${mgmt} Gb/s management/host port, counted apart from the RDMA NICs (summary managementNics)`,
    }));
  }
  for (const x of d.extraPorts) {
    const e = endpoint(ctx, x, null);
    if (e) sharesLink(ctx, e, c.key);
  }
  if (cls.generic) {
    const what = describe(ctx.db, d);
    const ids = d.ids ? `${d.ids.vendor}:${d.ids.device}` : null;
    ctx.b.issues.push((idOf) => ({
      severity: 'info',
      code: 'part-generic',
      message: `${idOf(d.key)} (${what}${ids && !what.includes(ids) ? `, ${ids}` : ''}) matches no catalog part: ${cls.part} used${cls.guessedFrom ? `; kind guessed from ${cls.guessedFrom}` : ''}`,
    }));
  }
  if (!up) return c;
  // Where the file gives no link state, the part's PCIe port says what the device is built for.
  const tpl = findPart(ctx.b.catalog, cls.part)?.ports.find(
    (p) => p.protocol === 'pcie' && p.role === 'upstream',
  );
  const lanes = widthOf(d) ?? tpl?.lanes ?? 16;
  const maxGen = d.capable?.gen ?? tpl?.maxGen ?? null;
  addPort(c, { name: 'pcie', protocol: 'pcie', lanes, role: 'upstream', maxGen });
  if (!d.reported && !d.capable)
    noteLinkUnknown(ctx, d.key, lanes, maxGen, !cls.generic && tpl !== undefined);
  link(ctx, up, { key: c.key, port: 'pcie' }, d, lanes);
  return c;
}

/** Marks `c` as riding on the link of `holder` (inferred from function numbers or ports: said in an info). */
function sharesLink(ctx: WalkContext, c: PendingComponent, holder: string): void {
  c.refs.sharesLinkOf = holder;
  ctx.b.issues.push((idOf) => ({
    severity: 'info',
    code: 'function-shares-link',
    message: `${idOf(c.key)} is a further function or port of ${idOf(holder)}'s device: it shares that PCIe link (infos.sharesLinkOf) and has none of its own`,
  }));
}

/** Lists the functions of a subtree with nothing importable in it as skipped (bridges are not functions to list). */
function skipAll(ctx: WalkContext, d: RawDevice): void {
  if (d.isBridge) d.children.forEach((c) => skipAll(ctx, c));
  else endpoint(ctx, d, null);
}

/** Devices below one port: functions of one device share its link (function 0, or the first imported one, takes it). */
export function attachAll(ctx: WalkContext, children: RawDevice[], up: PortRef): void {
  let linked: string | false = false;
  for (const d of children) {
    if (!importable(ctx, d)) {
      skipAll(ctx, d);
      continue;
    }
    if (d.isBridge) {
      attachSwitch(ctx, d, up);
      continue;
    }
    const c = endpoint(ctx, d, linked ? null : up);
    // A further function of a multi-function device (port 2 of a dual-port NIC) rides on the first one's link.
    if (c && linked) sharesLink(ctx, c, linked);
    linked ||= c?.key ?? false;
  }
}

/** A switch: `up` upstream port, a `dn{i}` port per downstream port; nested levels of the same chip merge as partitions. */
function attachSwitch(ctx: WalkContext, u: RawDevice, up: PortRef): void {
  const chip = u.chip ? ctx.chips?.get(u.chip) : undefined;
  if (chip) {
    // A further virtual switch of a chip already seen: one component, a new partition with its own uplink.
    const k = new Set(chip.sw.ports.map((p) => p.partition)).size;
    const name = `up${k}`;
    addPort(chip.sw, {
      name,
      protocol: 'pcie',
      lanes: widthOf(u) ?? 16,
      role: 'upstream',
      partition: `vs${k}`,
    });
    if (u.busId) chip.sw.infos[`vs${k}.pciBusId`] = u.busId;
    link(ctx, up, { key: chip.sw.key, port: name }, u);
    expandLevel(ctx, chip.sw, u, k);
    return;
  }
  const sw = addComponent(ctx.b, {
    key: u.key,
    kind: 'pcie-switch',
    part: 'generic-pcie-switch',
    busId: u.busId,
    numaNode: u.numaNode,
    infos: {
      ...u.infos,
      description: describe(ctx.db, u),
      ...(u.ids ? { pciId: `${u.ids.vendor}:${u.ids.device}` } : {}),
    },
  });
  addPort(sw, { name: 'up', protocol: 'pcie', lanes: widthOf(u) ?? 16, role: 'upstream', partition: 'vs0' });
  link(ctx, up, { key: sw.key, port: 'up' }, u);
  expandLevel(ctx, sw, u, 0);
  if (u.chip) (ctx.chips ??= new Map()).set(u.chip, { sw, u });
  else settleSwitchPart(ctx.b, sw, u.ids, describe(ctx.db, u));
}

/** Settles the part of each chip written as several partitions, once all its ports are known. */
export function settleChips(ctx: WalkContext): void {
  for (const { sw, u } of ctx.chips?.values() ?? []) settleSwitchPart(ctx.b, sw, u.ids, describe(ctx.db, u));
}

function expandLevel(ctx: WalkContext, sw: PendingComponent, u: RawDevice, partition: number): void {
  for (const c of u.children) {
    if (!importable(ctx, c)) {
      skipAll(ctx, c);
      continue;
    }
    const below = ctx.raw.bridgesAreSwitches || !c.isBridge ? [c] : c.children;
    const nested = below.find((d) => d.isBridge && sameChip(ctx, d, u));
    if (!ctx.raw.bridgesAreSwitches && c.isBridge && nested) {
      // A further level of the same switch chip: one component, a new virtual-switch partition.
      expandLevel(ctx, sw, nested, partition + 1);
      continue;
    }
    const name = nextPortName(sw, 'dn');
    const lanes = widthOf(below.find((d) => importable(ctx, d)) ?? c) ?? widthOf(c) ?? 16;
    addPort(sw, { name, protocol: 'pcie', lanes, role: 'downstream', partition: `vs${partition}` });
    attachAll(ctx, below, { key: sw.key, port: name });
  }
}

function sameChip(ctx: WalkContext, a: RawDevice, b: RawDevice): boolean {
  if (!a.ids || !b.ids || a.ids.vendor !== b.ids.vendor || a.ids.device !== b.ids.device) return false;
  return isSwitchChip(ctx.b.catalog, a.ids);
}
