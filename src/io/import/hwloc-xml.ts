/**
 * hwloc XML (v1 `<object type="PCIDev">` trees, v2/v3 with `distances2`) → host tree. Attributes per hwloc2.dtd:
 * `bridge_type` "0-1" is a host bridge, `pci_type` "cccc [vvvv:dddd] [ssss:ssss] rev ..", `pci_link_speed` in GB/s.
 */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue } from '../../model/index.js';
import { buildDesign, type ImportResult } from './build-design.js';
import { stateFromGBps } from './link-speed.js';
import { CLASS_OTHER_BRIDGE, CLASS_PCI_BRIDGE } from './pci-class.js';
import type { PciIds } from './pci-ids.js';
import { normBusId, rawDevice, type RawDevice, type RawHost, type RawSocket } from './raw.js';
import { readNvlinkMatrix } from './hwloc-nvlink.js';
import { descendants, parseXml, type XmlNode } from './xml.js';

const PCI_TYPE = /^([0-9a-f]{4}) \[([0-9a-f]{4}):([0-9a-f]{4})\] \[([0-9a-f]{4}):([0-9a-f]{4})\]/i;
/** hwloc osdev_type values (hwloc2 `hwloc_obj_osdev_type_e`): 12 = coprocessor (CUDA, NVML, OpenCL, RSMI). */
const OSDEV_COPROC = '12';

interface Ctx {
  catalog: Catalog;
  issues: DraftIssue[];
  /** gp_index of a PCIDev or OSDev → the raw device (OSDevs map to their PCI parent), for distance matrices. */
  byGp: Map<string, RawDevice>;
  speedAssumed: number;
}

function readPci(ctx: Ctx, o: XmlNode, numa: number | null): RawDevice {
  const a = o.attrs;
  const t = PCI_TYPE.exec(a.pci_type ?? '');
  const busId = a.pci_busid ? normBusId(a.pci_busid) : null;
  const classCode = t ? parseInt(t[1]!, 16) : null;
  const gBps = Number(a.pci_link_speed ?? '0');
  const reported = stateFromGBps(ctx.catalog, gBps);
  if (reported) ctx.speedAssumed++;
  const d = rawDevice(busId ?? `gp:${a.gp_index}`, {
    busId,
    classCode,
    ids: t
      ? {
          vendor: t[2]!.toLowerCase(),
          device: t[3]!.toLowerCase(),
          subsystemVendor: t[4]!.toLowerCase(),
          subsystemDevice: t[5]!.toLowerCase(),
        }
      : null,
    isBridge: a.type === 'Bridge' || classCode === CLASS_PCI_BRIDGE,
    reported,
    numaNode: numa,
  });
  if (a.gp_index) ctx.byGp.set(a.gp_index, d);
  for (const c of o.children.filter((x) => x.name === 'object')) {
    if (c.attrs.type === 'OSDev') {
      if (c.attrs.gp_index) ctx.byGp.set(c.attrs.gp_index, d);
      const subtype = c.attrs.subtype ?? '';
      if (c.attrs.osdev_type === OSDEV_COPROC && classCode !== CLASS_OTHER_BRIDGE)
        d.infos.coprocessor = c.attrs.name ?? subtype;
      if (subtype === 'CXLMem') d.kindHint = 'cxl-memory';
      if (c.attrs.name) d.infos.osDevices = [d.infos.osDevices, c.attrs.name].filter(Boolean).join(',');
    } else if (c.attrs.type === 'Bridge' || c.attrs.type === 'PCIDev') {
      d.children.push(readPci(ctx, c, numa));
    }
  }
  return d;
}

function walk(
  ctx: Ctx,
  o: XmlNode,
  socket: RawSocket | null,
  sockets: RawSocket[],
  machine: () => RawSocket,
): void {
  const type = o.attrs.type;
  // hwloc 1.x calls a package `Socket`.
  if (type === 'Package' || type === 'Socket') {
    socket = { numaNode: null, infos: {}, hostBridges: [] };
    const info = (name: string): string | undefined =>
      o.children.find((c) => c.name === 'info' && c.attrs.name === name)?.attrs.value;
    const model = info('CPUModel');
    if (model) socket.infos.model = model;
    // The CPUID identity, under the names NCCL's <cpu> uses, so both map to catalog parts alike.
    for (const [key, name] of [
      ['vendor', 'CPUVendor'],
      ['familyid', 'CPUFamilyNumber'],
      ['modelid', 'CPUModelNumber'],
    ] as const) {
      const v = info(name);
      if (v) socket.infos[key] = v;
    }
    sockets.push(socket);
  }
  if (type === 'NUMANode' && socket && socket.numaNode === null)
    socket.numaNode = Number(o.attrs.os_index ?? NaN);
  if (type === 'Bridge' && (o.attrs.bridge_type ?? '').startsWith('0-')) {
    const s = socket ?? machine();
    const hb = readPci(ctx, o, s.numaNode);
    s.hostBridges.push({
      id: o.attrs.bridge_pci ?? `hb${s.hostBridges.length}`,
      children: hb.children,
      implicitRootPorts: false,
    });
    return;
  }
  if (type === 'PCIDev' && !socket) {
    // A v1 file or an excerpt may put a device straight under the machine: give it an unseen root port.
    machine().hostBridges.push({ id: 'root', children: [readPci(ctx, o, null)], implicitRootPorts: true });
    return;
  }
  for (const c of o.children) if (c.name === 'object') walk(ctx, c, socket, sockets, machine);
}

export function readHwlocXml(text: string, catalog: Catalog): RawHost {
  const { roots, issues } = parseXml(text);
  const ctx: Ctx = { catalog, issues, byGp: new Map(), speedAssumed: 0 };
  const sockets: RawSocket[] = [];
  let machineSocket: RawSocket | null = null;
  const machine = (): RawSocket => {
    if (!machineSocket) {
      machineSocket = { numaNode: null, infos: {}, hostBridges: [] };
      sockets.push(machineSocket);
    }
    return machineSocket;
  };
  // An excerpt may lack the <topology> element and start with <object>s: read those, with a warning.
  const topo =
    roots.find((r) => r.name === 'topology') ??
    (roots.some((r) => r.name === 'object')
      ? { name: 'topology', attrs: {}, children: roots, text: '' }
      : null);
  if (!topo)
    issues.push({
      severity: 'error',
      code: 'hwloc-no-topology',
      message: `not an hwloc XML file: root element <${roots[0]?.name ?? 'none'}>`,
    });
  else if (!roots.some((r) => r.name === 'topology'))
    issues.push({
      severity: 'warning',
      code: 'hwloc-no-topology',
      message: 'no <topology> element: reading the objects found (an excerpt?)',
    });
  for (const o of topo?.children ?? []) if (o.name === 'object') walk(ctx, o, null, sockets, machine);
  if (ctx.speedAssumed > 0) {
    issues.push({
      severity: 'info',
      code: 'hwloc-width-assumed',
      message: `hwloc gives link speed in GB/s only: width and generation of ${ctx.speedAssumed} link(s) taken as the widest PCIe link that matches`,
    });
  }
  const distances = topo
    ? [...descendants(topo, 'distances2hetero'), ...descendants(topo, 'distances2')]
    : [];
  for (const m of distances)
    if (m.attrs.name === 'NVLinkBandwidth') readNvlinkMatrix(catalog, m, ctx.byGp, issues);
  return { format: 'hwloc', sockets, socketProtocol: null, peerLinks: [], bridgesAreSwitches: false, issues };
}

export const importHwlocXml = (
  text: string,
  catalog: Catalog,
  db: PciIds | null,
  name = 'hwloc',
): ImportResult => buildDesign(readHwlocXml(text, catalog), catalog, db, name);
