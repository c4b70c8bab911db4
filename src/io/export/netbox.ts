/**
 * Design → NetBox (issue #16): device types in the community devicetype-library YAML format, NetBox's CSV bulk
 * import files (manufacturers, device roles, site, racks, devices with rack positions, cables with type, length
 * and colour) and a rack elevation drawing per rack (SVG, front and rear). docs/plan.md gives the import steps.
 *
 * What a NetBox device is: a node-level container (a server, or a tray of a rack-scale preset) or a component at
 * the design's root (a leaf or spine switch). A node's interfaces are the ports its links leave it by, named
 * `component.port` as inside the node (`nic3.p0`), with `.k` appended where one port carries several links
 * (a B200's 18 NVLink links: `gpu0.nvlink.0` .. `.17`); a switch's interfaces are its ports. Devices stack from the
 * rack top as the planner stacks them; root switches fill network racks `net0, net1, ...` in id order (the
 * planner's floor plan puts them at row ends; cable lengths are the plan's).
 */
import { stringify } from 'yaml';
import { findCable, findGuidance, findPart, type Catalog } from '../../catalog/index.js';
import {
  kindTraits,
  type Component,
  type Container,
  type Design,
  type DraftIssue,
  type Port,
} from '../../model/index.js';

export interface NetboxExport {
  /** Relative path → file text. */
  files: Record<string, string>;
  issues: DraftIssue[];
}

/** NetBox cable types by catalog cable medium (NetBox `CableTypeChoices`). */
const CABLE_TYPE: Record<string, string> = {
  'passive-copper': 'dac-passive',
  'linear-active-copper': 'dac-active',
  'active-copper': 'dac-active',
  aec: 'dac-active',
  aoc: 'aoc',
  // the catalog's optics are DR4/DR8-class single-mode modules
  optical: 'smf',
};

/** Cable colours (NetBox: 6 hex digits): scale-up, node to switch, switch to switch. */
const COLOUR = { scaleUp: '4caf50', access: '2196f3', fabric: 'ff9800' } as const;

const SPEED_TYPE: Record<string, Record<number, string>> = {
  infiniband: { 100: 'infiniband-edr', 200: 'infiniband-hdr', 400: 'infiniband-ndr', 800: 'infiniband-xdr' },
  ethernet: {
    100: '100gbase-x-qsfp28',
    200: '200gbase-x-qsfp56',
    400: '400gbase-x-osfp',
    800: '800gbase-x-osfp',
  },
};

/** NetBox interface type of a port: by protocol and speed, else `other` (NVLink, UALink, PCIe). */
export function interfaceType(p: Port): string {
  const gbps = p.laneRateGbps === null ? null : p.lanes * p.laneRateGbps;
  return (gbps !== null && SPEED_TYPE[p.protocol]?.[gbps]) || 'other';
}

export const slugOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^-a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header: string[], rows: (string | number)[][]): string =>
  [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

interface Device {
  name: string;
  type: DeviceType;
  role: string;
  rack: string;
  /** Lowest rack unit occupied (NetBox position, 1 = bottom). */
  position: number;
}

interface DeviceType {
  slug: string;
  model: string;
  manufacturer: string;
  heightU: number;
  /** Interface name → port (for its type). */
  interfaces: Map<string, Port>;
  comments: string;
}

export interface NetboxOptions {
  /** Builtin preset of a module name (`dgx-h100` → `hgx-h100-8`), for the preset's rack-height guidance. */
  presetOfModule?: Record<string, string>;
}

export function exportNetbox(design: Design, catalog: Catalog, opts: NetboxOptions = {}): NetboxExport {
  const issues: DraftIssue[] = [];
  const rackUnits = findGuidance(catalog, 'plan-rack-units') ?? 42;
  const reserved = findGuidance(catalog, 'plan-rack-reserved-units') ?? 0;
  const byId = new Map(design.containers.map((c) => [c.id, c]));
  const compById = new Map(design.components.map((c) => [c.id, c]));
  // The device of a container: the outermost node-level container above it (a tray, not its boards).
  const deviceContainer = (id: string | null): Container | null => {
    let found: Container | null = null;
    for (let at = id; at !== null; at = byId.get(at)?.parent ?? null) {
      const c = byId.get(at);
      if (c?.level === 'node') found = c;
    }
    return found;
  };
  const deviceIds = new Map(design.components.map((c) => [c.id, deviceContainer(c.container)?.id ?? c.id]));
  const deviceOf = (comp: Component): string => deviceIds.get(comp.id)!;
  const insideOf = new Map<string, Component[]>();
  for (const c of design.components) {
    const d = deviceOf(c);
    if (d === c.id) continue;
    const list = insideOf.get(d);
    if (list) list.push(c);
    else insideOf.set(d, [c]);
  }
  const defaulted = new Set<string>();
  const height = (kind: 'node' | 'switch', key: string, ids: string[]): number => {
    for (const id of ids) {
      const v = findGuidance(catalog, `plan-${kind}-height-ru-${id}`);
      if (v !== undefined) return v;
    }
    if (!defaulted.has(key)) {
      defaulted.add(key);
      issues.push({
        severity: 'info',
        code: 'netbox-height-default',
        message: `${key}: no rack-height record; the default ${kind} height is used`,
        hint: `add guidance plan-${kind}-height-ru-${ids[0]} in a user catalog`,
      });
    }
    return findGuidance(catalog, `plan-${kind}-height-ru-default`) ?? 1;
  };

  // Interfaces: every link between two devices gives each end one interface.
  const types = new Map<string, DeviceType>();
  const ifaceCount = new Map<string, number>(); // device + local port → its links
  const ends: { device: string; local: string; port: Port; k: number }[][] = [];
  const portOf = (c: Component, name: string): Port =>
    c.ports.find((p) => p.name === name) ?? {
      name,
      protocol: 'pcie',
      altProtocols: [],
      lanes: 1,
      maxGen: null,
      laneRateGbps: null,
      role: 'peer',
      bifurcation: null,
      partition: null,
    };
  const external = design.links.filter((l) => {
    const a = compById.get(l.from.component);
    const b = compById.get(l.to.component);
    return a && b && deviceOf(a) !== deviceOf(b);
  });
  const typeKeyOfDevice = new Map<string, string>();
  for (const l of external) {
    const pair = [l.from, l.to].map((ref) => {
      const c = compById.get(ref.component)!;
      const device = deviceOf(c);
      const local = device === c.id ? ref.port : `${c.id.slice(device.length + 1)}.${ref.port}`;
      const key = `${device}\u0000${local}`;
      const k = ifaceCount.get(key) ?? 0;
      ifaceCount.set(key, k + 1);
      // the interface runs the link's protocol (a VPI NIC port declared Ethernet that runs InfiniBand)
      return { device, local, port: { ...portOf(c, ref.port), protocol: l.protocol }, k };
    });
    ends.push(pair);
  }
  // Device records: node containers and root components.
  const deviceTypeOfNode = (node: Container): DeviceType => {
    const module = node.module ?? node.name;
    const slug = slugOf(module);
    let t = types.get(slug);
    if (!t) {
      const inside = insideOf.get(node.id) ?? [];
      const accel = inside.find((c) => kindTraits(c.kind).isAccelerator) ?? inside[0];
      const preset = opts.presetOfModule?.[module];
      t = {
        slug,
        model: module,
        manufacturer: (accel && findPart(catalog, accel.part)?.vendor) || 'Generic',
        heightU: height('node', module, preset ? [preset, module] : [module]),
        interfaces: new Map(),
        comments: `rackwire module ${module}: ${countParts(inside)}`,
      };
      types.set(slug, t);
    }
    return t;
  };
  const deviceTypeOfSwitch = (c: Component): DeviceType => {
    const part = findPart(catalog, c.part);
    const slug = slugOf(c.part);
    let t = types.get(slug);
    if (!t) {
      t = {
        slug,
        model: part?.name ?? c.part,
        manufacturer: part?.vendor ?? 'Generic',
        heightU: height('switch', c.part, [c.part]),
        interfaces: new Map(c.ports.map((p) => [p.name, p])),
        comments: `rackwire part ${c.part}`,
      };
      types.set(slug, t);
    }
    return t;
  };

  const devices: Device[] = [];
  const racks: string[] = [];
  const usedU = new Map<string, number>();
  const place = (rack: string, name: string, type: DeviceType, role: string) => {
    if (!usedU.has(rack)) {
      racks.push(rack);
      usedU.set(rack, 0);
    }
    const used = usedU.get(rack)!;
    usedU.set(rack, used + type.heightU);
    if (used + type.heightU > rackUnits)
      issues.push({
        severity: 'warning',
        code: 'netbox-rack-full',
        message: `${rack}: ${name} does not fit in ${rackUnits} U (${used} U used)`,
      });
    devices.push({ name, type, rack, role, position: rackUnits - used - type.heightU + 1 });
  };
  const nodes = design.containers.filter((c) => c.level === 'node' && deviceContainer(c.id) === c);
  const rackOf = (c: Container): string | null => {
    for (let at: string | null = c.parent; at !== null; at = byId.get(at)?.parent ?? null)
      if (byId.get(at)?.level === 'rack') return at;
    return null;
  };
  let loose = 0;
  for (const n of nodes) {
    const t = deviceTypeOfNode(n);
    typeKeyOfDevice.set(n.id, t.slug);
    const inside = insideOf.get(n.id) ?? [];
    const role = inside.some((c) => kindTraits(c.kind).isAccelerator)
      ? 'compute'
      : inside.some((c) => kindTraits(c.kind).domain === 'scale-up')
        ? 'scale-up switch tray'
        : 'server';
    let rack = rackOf(n);
    if (rack === null) {
      const per = Math.max(1, Math.floor((rackUnits - reserved) / t.heightU));
      rack = `compute${Math.floor(loose++ / per)}`;
    }
    place(rack, n.id, t, role);
  }
  const roots = design.components.filter((c) => deviceOf(c) === c.id);
  let net = 0;
  let netUsed = 0;
  for (const c of roots) {
    const t = deviceTypeOfSwitch(c);
    typeKeyOfDevice.set(c.id, t.slug);
    if (netUsed + t.heightU > rackUnits - reserved) {
      net++;
      netUsed = 0;
    }
    netUsed += t.heightU;
    const k = kindTraits(c.kind);
    place(`net${net}`, c.id, t, k.forwardsTraffic ? `${k.domain} switch` : 'device');
  }
  // Node device types take the interfaces their instances use (the most links any instance has on a port).
  const multi = new Map<string, number>(); // type slug + local → most links
  for (const pair of ends)
    for (const e of pair) {
      const slug = typeKeyOfDevice.get(e.device)!;
      const key = `${slug}\u0000${e.local}`;
      multi.set(key, Math.max(multi.get(key) ?? 0, ifaceCount.get(`${e.device}\u0000${e.local}`)!));
    }
  const ifaceName = (device: string, local: string, k: number): string => {
    const slug = typeKeyOfDevice.get(device)!;
    return (multi.get(`${slug}\u0000${local}`) ?? 1) > 1 ? `${local}.${k}` : local;
  };
  for (const pair of ends)
    for (const e of pair) {
      const t = types.get(typeKeyOfDevice.get(e.device)!)!;
      if (compById.has(e.device)) continue; // a switch: its ports are its interfaces already
      const n = multi.get(`${t.slug}\u0000${e.local}`)!;
      for (let k = 0; k < n; k++) {
        const name = n > 1 ? `${e.local}.${k}` : e.local;
        if (!t.interfaces.has(name)) t.interfaces.set(name, e.port);
      }
    }

  const files: Record<string, string> = {};
  for (const t of types.values()) {
    const doc = {
      manufacturer: t.manufacturer,
      model: t.model,
      slug: t.slug,
      u_height: t.heightU,
      is_full_depth: true,
      comments: t.comments,
      interfaces: [...t.interfaces].map(([name, p]) => ({ name, type: interfaceType(p) })),
    };
    files[`device-types/${slugOf(t.manufacturer)}/${t.slug}.yaml`] =
      '---\n' + stringify(doc, { lineWidth: 0 });
  }
  const site = design.name;
  const manufacturers = [...new Set([...types.values()].map((t) => t.manufacturer))].sort();
  files['manufacturers.csv'] = csv(
    ['name', 'slug'],
    manufacturers.map((m) => [m, slugOf(m)]),
  );
  const roles = [...new Set(devices.map((d) => d.role))];
  files['device-roles.csv'] = csv(
    ['name', 'slug', 'color'],
    roles.map((r) => [
      r,
      slugOf(r),
      r === 'compute' ? '76b900' : r.includes('scale-up') ? '4caf50' : '2196f3',
    ]),
  );
  files['sites.csv'] = csv(['name', 'slug', 'status'], [[site, slugOf(site), 'planned']]);
  files['racks.csv'] = csv(
    ['site', 'name', 'status', 'width', 'u_height'],
    racks.map((r) => [site, r, 'planned', 19, rackUnits]),
  );
  files['devices.csv'] = csv(
    ['name', 'role', 'manufacturer', 'device_type', 'site', 'rack', 'position', 'face', 'status'],
    devices.map((d) => [
      d.name,
      d.role,
      d.type.manufacturer,
      d.type.model,
      site,
      d.rack,
      d.position,
      'front',
      'planned',
    ]),
  );
  const cableRows = external.map((l, i) => {
    const [a, b] = ends[i]!;
    const seg = l.channel.find((s) => s.type === 'cable');
    const cable = seg ? findCable(catalog, seg.part) : undefined;
    const scaleUp =
      kindTraits(compById.get(l.from.component)!.kind).domain === 'scale-up' ||
      kindTraits(compById.get(l.to.component)!.kind).domain === 'scale-up';
    const bothSwitches = compById.has(a!.device) && compById.has(b!.device);
    return [
      a!.device,
      'dcim.interface',
      ifaceName(a!.device, a!.local, a!.k),
      b!.device,
      'dcim.interface',
      ifaceName(b!.device, b!.local, b!.k),
      cable ? (CABLE_TYPE[cable.medium] ?? '') : '',
      'planned',
      scaleUp ? COLOUR.scaleUp : bothSwitches ? COLOUR.fabric : COLOUR.access,
      seg ? seg.lengthMm / 1000 : '',
      seg ? 'm' : '',
      seg ? seg.part : '',
    ];
  });
  files['cables.csv'] = csv(
    [
      'side_a_device',
      'side_a_type',
      'side_a_name',
      'side_b_device',
      'side_b_type',
      'side_b_name',
      'type',
      'status',
      'color',
      'length',
      'length_unit',
      'description',
    ],
    cableRows,
  );
  for (const r of racks)
    files[`elevations/${slugOf(r)}.svg`] = elevationSvg(
      r,
      rackUnits,
      devices.filter((d) => d.rack === r),
    );
  return { files, issues };
}

const countParts = (inside: Component[]): string => {
  const n = new Map<string, number>();
  for (const c of inside) n.set(c.part, (n.get(c.part) ?? 0) + 1);
  return [...n].map(([p, k]) => `${k} × ${p}`).join(', ');
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A rack elevation like NetBox's: front and rear faces side by side, U numbers on the left, devices as boxes. */
export function elevationSvg(rack: string, rackUnits: number, devices: Device[]): string {
  const U = 18;
  const W = 230;
  const left = 34;
  const top = 40;
  const gap = 40;
  const h = rackUnits * U;
  const face = (x: number, title: string, rear: boolean): string[] => {
    const out = [
      `<text x="${x + W / 2}" y="${top - 12}" text-anchor="middle" font-weight="bold">${esc(rack)} ${title}</text>`,
      `<rect x="${x}" y="${top}" width="${W}" height="${h}" fill="#f7f7f7" stroke="#333"/>`,
    ];
    for (let u = 1; u <= rackUnits; u++) {
      const y = top + (rackUnits - u) * U;
      out.push(`<line x1="${x}" y1="${y}" x2="${x + W}" y2="${y}" stroke="#ddd"/>`);
      if (!rear) out.push(`<text x="${x - 6}" y="${y + U - 5}" text-anchor="end" fill="#888">${u}</text>`);
    }
    for (const d of devices) {
      const y = top + (rackUnits - (d.position + d.type.heightU - 1)) * U;
      const fill = d.role === 'compute' ? '#e8f5d0' : d.role.includes('scale-up') ? '#d7efd9' : '#d6e6f7';
      out.push(
        `<rect x="${x + 2}" y="${y + 1}" width="${W - 4}" height="${d.type.heightU * U - 2}" rx="2" fill="${rear ? '#e6e6e6' : fill}" stroke="#555"/>`,
        `<text x="${x + W / 2}" y="${y + (d.type.heightU * U) / 2 + 4}" text-anchor="middle">${esc(d.name)}${d.type.heightU >= 2 ? ` (${esc(d.type.model)})` : ''}</text>`,
      );
    }
    return out;
  };
  const width = left + 2 * W + gap + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + h + 20}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...face(left, 'front', false),
    ...face(left + W + gap, 'rear', true),
    '</svg>',
    '',
  ].join('\n');
}
