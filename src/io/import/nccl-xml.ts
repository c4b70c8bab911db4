/**
 * NCCL topology XML (NCCL_TOPO_FILE / NCCL_TOPO_DUMP_FILE) → host tree. Reading rules follow NVIDIA/nccl
 * src/graph/xml.cc and topo.cc: `<system><cpu numaid><pci busid class link_speed link_width vendor device ...>`,
 * `<gpu dev sm><nvlink target count tclass>`, `<nic><net name dev speed port>`.
 */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue, Protocol } from '../../model/index.js';
import { buildDesign, type ImportResult } from './build-design.js';
import { genFromSpeedText, linkState, parseWidth } from './link-speed.js';
import { CLASS_OTHER_BRIDGE, CLASS_PCI_BRIDGE, parseClassCode } from './pci-class.js';
import type { PciIds } from './pci-ids.js';
import { normBusId, rawDevice, type PciIdQuad, type RawDevice, type RawHost, type RawSocket } from './raw.js';
import { parseXml, type XmlNode } from './xml.js';

/** NVLink generation of a GPU's SM version, as NCCL's topo.h tabulates NVLink bandwidth per SM (sm60 .. sm100). */
const NVLINK_GEN_BY_SM: [number, number][] = [
  [100, 5],
  [90, 4],
  [80, 3],
  [70, 2],
  [60, 1],
];
export const nvlinkGenOfSm = (sm: number): number | null =>
  NVLINK_GEN_BY_SM.find(([min]) => sm >= min)?.[1] ?? null;

/** rackwire's NCCL export names the chip of each virtual-switch partition (`pcisw0.v1`); NCCL ignores the attribute. */
const CHIP_ATTR = 'rackwire_chip';

/** `<gpu>` / `<net>` attributes kept in infos (under these keys) so that an export writes them back. */
const GPU_INFOS: [string, string][] = [
  ['dev', 'cudaDev'],
  ['sm', 'cudaSm'],
  ['rank', 'ncclRank'],
  ['gdr', 'gdr'],
];
const NET_INFOS: [string, string][] = [
  ['name', 'netDevices'],
  ['dev', 'netDev'],
  ['speed', 'netSpeedMbps'],
  ['port', 'netPort'],
  ['latency', 'netLatency'],
  ['guid', 'netGuid'],
  ['maxconn', 'netMaxConn'],
  ['gdr', 'gdr'],
];
const keep = (n: XmlNode | undefined, keys: [string, string][]): Record<string, string> =>
  Object.fromEntries(keys.flatMap(([a, k]) => (n?.attrs[a] !== undefined ? [[k, n.attrs[a]]] : [])));

const hex4 = (v: string | undefined): string | null => {
  const m = /^0x([0-9a-f]{1,4})$/i.exec(v ?? '');
  return m ? m[1]!.toLowerCase().padStart(4, '0') : null;
};

function idsOf(a: Record<string, string>): PciIdQuad | null {
  const vendor = hex4(a.vendor);
  const device = hex4(a.device);
  // Hand-written files use 0x0000 / 0xffff as "no id" (Azure, AWS samples).
  if (!vendor || !device || vendor === '0000' || vendor === 'ffff') return null;
  return {
    vendor,
    device,
    subsystemVendor: hex4(a.subsystem_vendor),
    subsystemDevice: hex4(a.subsystem_device),
  };
}

function readPci(
  catalog: Catalog,
  n: XmlNode,
  numa: number | null,
  issues: DraftIssue[],
  seq: { n: number },
): RawDevice {
  const a = n.attrs;
  const busId = a.busid ? normBusId(a.busid) : null;
  const classCode = parseClassCode(a.class);
  const gpu = n.children.find((c) => c.name === 'gpu');
  const nic = n.children.find((c) => c.name === 'nic');
  const width = parseWidth(a.link_width);
  const d = rawDevice(busId ?? `pci:${seq.n++}`, {
    busId,
    classCode,
    ids: idsOf(a),
    kindHint: gpu ? 'accelerator' : nic ? 'nic' : null,
    isBridge: classCode === CLASS_PCI_BRIDGE,
    reported: linkState(genFromSpeedText(catalog, a.link_speed), width),
    numaNode: numa,
    chip: a[CHIP_ATTR]?.replace(/\.[^.]*$/, '') ?? null,
  });
  // The class as written (0x020700 InfiniBand, 0x020000 Ethernet), for an export to write back.
  if (a.class && !d.isBridge) d.infos.pciClass = a.class;
  if (busId?.startsWith('ffff:'))
    d.infos.synthetic = 'bus id ffff:ff:xx.x: a placeholder written by hand, no real device';
  if (gpu) {
    const sm = Number(gpu.attrs.sm);
    d.nvlinkGen = Number.isFinite(sm) ? nvlinkGenOfSm(sm) : null;
    Object.assign(d.infos, keep(gpu, GPU_INFOS));
    for (const nv of gpu.children.filter((c) => c.name === 'nvlink')) {
      const target = normBusId(nv.attrs.target ?? '') ?? nv.attrs.target ?? '';
      const count = Number(nv.attrs.count ?? '1');
      if (!Number.isInteger(count) || count <= 0) {
        issues.push({
          severity: 'warning',
          code: 'nvlink-count-bad',
          message: `nvlink count "${nv.attrs.count}" of ${busId} ignored`,
        });
        continue;
      }
      d.nvlinks.push({
        target,
        count,
        targetIsSwitch: parseClassCode(nv.attrs.tclass) === CLASS_OTHER_BRIDGE,
      });
    }
  }
  if (nic) {
    // One network function per `<net>` (port): the first is this device, the others share its PCIe link.
    const [first, ...more] = nic.children.filter((c) => c.name === 'net');
    const netInfos = (net: XmlNode | undefined): Record<string, string> => keep(net, NET_INFOS);
    Object.assign(d.infos, netInfos(first));
    d.extraPorts = more.map((net, k) =>
      rawDevice(`${d.key}/net${k + 1}`, {
        busId,
        classCode,
        ids: d.ids,
        kindHint: 'nic',
        numaNode: numa,
        infos: netInfos(net),
      }),
    );
  }
  d.children = n.children.filter((c) => c.name === 'pci').map((c) => readPci(catalog, c, numa, issues, seq));
  return d;
}

/** CPU vendor string → socket link protocol (Intel UPI, AMD Infinity Fabric). */
const socketProtocol = (vendor: string | undefined): Protocol | null =>
  vendor === 'GenuineIntel' ? 'upi' : vendor === 'AuthenticAMD' ? 'infinity-fabric' : null;

export function readNcclXml(text: string, catalog: Catalog): RawHost {
  const { roots, issues } = parseXml(text);
  const system = roots.find((r) => r.name === 'system');
  if (!system) {
    const got = roots[0]?.name;
    const why =
      got === 'graphs'
        ? 'an NCCL graph dump (NCCL_GRAPH_DUMP_FILE), not a topology'
        : `root element <${got ?? 'none'}>`;
    issues.push({ severity: 'error', code: 'nccl-no-system', message: `not an NCCL topology file: ${why}` });
  }
  const seq = { n: 0 };
  const sockets: RawSocket[] = (system?.children ?? [])
    .filter((c) => c.name === 'cpu')
    .map((cpu) => {
      const numa = cpu.attrs.numaid !== undefined ? Number(cpu.attrs.numaid) : null;
      const infos: Record<string, string> = {};
      for (const k of ['arch', 'vendor', 'familyid', 'modelid', 'affinity'])
        if (cpu.attrs[k]) infos[k] = cpu.attrs[k];
      const children = cpu.children
        .filter((c) => c.name === 'pci')
        .map((c) => readPci(catalog, c, numa, issues, seq));
      return {
        numaNode: Number.isFinite(numa) ? numa : null,
        infos,
        // NCCL XML does not show host bridges: each element under <cpu> is taken as its own (NODE between them).
        hostBridges: children.map((c, k) => ({
          id: `numa${numa}.${k}`,
          children: [c],
          implicitRootPorts: true,
        })),
      };
    });
  const vendor = system?.children.find((c) => c.name === 'cpu')?.attrs.vendor;
  return {
    format: 'nccl-xml',
    sockets,
    socketProtocol: socketProtocol(vendor),
    peerLinks: [],
    bridgesAreSwitches: true,
    issues,
  };
}

export const importNcclXml = (
  text: string,
  catalog: Catalog,
  db: PciIds | null,
  name = 'nccl-xml',
): ImportResult => buildDesign(readNcclXml(text, catalog), catalog, db, name);
