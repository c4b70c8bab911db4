/**
 * Design → NCCL topology XML (NCCL_TOPO_FILE), one node at a time, written as NVIDIA/nccl reads it
 * (src/graph/xml.cc parser, src/graph/topo.cc ncclTopoGetSystem / ncclTopoAddCpu / ncclTopoAddPci / ncclTopoAddGpu /
 * ncclTopoAddNic / ncclTopoAddNvLinks):
 * - `<cpu numaid affinity arch vendor familyid modelid>`: NCCL requires `arch`, `vendor` on x86 and `familyid` /
 *   `modelid` on Intel; they come from the design's CPU infos (imports) or the catalog part's `cpuIds`.
 * - one `<pci busid class vendor device ... link_speed link_width>` per PCIe device, exactly once; a switch split into
 *   virtual-switch partitions is one `<pci>` per partition (each its own upstream bridge, as sysfs and NCCL's own
 *   dump show it), holding only that partition's ports. `link_speed` is a kvDictPciGen string of the link as trained.
 * - `<gpu dev sm rank gdr>` (NCCL refuses a `<gpu>` without `rank`) with one `<nvlink target count tclass>` per peer.
 * - `<nic><net name dev speed port latency guid maxconn gdr/></nic>` under each network device (one `<net>` per port).
 * NCCL matches devices by exact `busid`, so device bus ids must be the VM's (`--bus-ids`); bridges may be synthetic
 * (`ffff:ff:xx.x`, as Azure's and AWS's published files do).
 */
import { findPart, findStandard, type Catalog, type Part } from '../../catalog/index.js';
import {
  InputError,
  kindTraits,
  type Component,
  type Design,
  type DraftIssue,
  type Link,
  type LinkState,
  type Port,
} from '../../model/index.js';

/** The kvDictPciGen strings NCCL accepts (topo.cc), by PCIe generation; Gen7 has none yet. */
const NCCL_SPEED: Record<number, string> = {
  1: '2.5 GT/s PCIe',
  2: '5.0 GT/s PCIe',
  3: '8.0 GT/s PCIe',
  4: '16.0 GT/s PCIe',
  5: '32.0 GT/s PCIe',
  6: '64.0 GT/s PCIe',
};
/** Class codes as NCCL's kvDictPciClass reads them (topo.cc, prefix match) and the PCI SIG class codes of devices. */
export const NCCL_CLASS = {
  bridge: '0x060400',
  nvswitch: '0x068000',
  gpu: '0x030200',
  ethernet: '0x020000',
  infiniband: '0x020700',
  nvme: '0x010802',
  cxlMemory: '0x050210',
  other: '0x000000',
} as const;
/** The attribute that ties the partitions of one switch chip together (NCCL keeps and ignores unknown attributes). */
export const CHIP_ATTR = 'rackwire_chip';
/** NCCL's IB and socket plugins report latency 0 ("Not set": src/transport/net_ib/init.cc, net_socket.cc). */
const NET_LATENCY = '0.000000';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface NcclExportOptions {
  /** The node to write (required when the design has several). */
  node?: string;
  /** Trained state by link id (the physical layer's); a host's reported state wins, the designed one is the last resort. */
  trained?: ReadonlyMap<string, { gen: number | null; width: number }>;
  /** Bus ids by component id (from `--bus-ids`); they win over the design's `pciBusId`. */
  busIds?: ReadonlyMap<string, string>;
  /** PCI class codes by component id (an `lspci -nn` listing states them: `[0207]` InfiniBand). */
  classCodes?: ReadonlyMap<string, string>;
}

export interface NcclExport {
  xml: string;
  issues: DraftIssue[];
  /** The bus id written for each device (component id -> bus id), placeholders included. */
  busIds: Map<string, string>;
}

/** Synthetic bus ids: bridges on `ffff:ff`, NVSwitches nobody listed on `ffff:fe`, unlisted devices on `fffe:*`. */
class BusIds {
  private used = new Set<string>();
  private next = { bridge: 0, nvswitch: 0, device: 0 };
  constructor(taken: Iterable<string>) {
    for (const b of taken) this.used.add(b);
  }
  synthetic(kind: 'bridge' | 'nvswitch' | 'device'): string {
    for (;;) {
      const n = ++this.next[kind];
      const dev = (n % 32).toString(16).padStart(2, '0');
      const bus = (Math.floor(n / 32) & 0xff).toString(16).padStart(2, '0');
      const id =
        kind === 'device'
          ? `fffe:${bus}:${dev}.0`
          : `ffff:${kind === 'bridge' ? 'ff' : 'fe'}:${dev}.${Math.floor(n / 32) % 8}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

interface Ctx {
  design: Design;
  catalog: Catalog;
  opts: NcclExportOptions;
  byId: Map<string, Component>;
  inNode: Set<string>;
  pcie: Map<string, Link[]>;
  nvlinks: Map<string, Link[]>;
  bus: BusIds;
  written: Set<string>;
  lines: string[];
  placeholders: string[];
  gen7: string[];
  twice: string[];
  gpuIndex: Map<string, number>;
  noGpu: string[];
  noPcie: string[];
  mapping: Map<string, string>;
  nvswitchIds: Map<string, string>;
  nicOrdinal: { n: number };
  netDev: { n: number };
}

const partOf = (ctx: Ctx, c: Component): Part | undefined => findPart(ctx.catalog, c.part);
const prop = (p: Part | undefined, k: string): string | number | boolean | undefined => p?.props?.[k];

export function exportNcclXml(
  design: Design,
  catalog: Catalog,
  optsOrNode: NcclExportOptions | string = {},
): NcclExport {
  const opts = typeof optsOrNode === 'string' ? { node: optsOrNode } : optsOrNode;
  const node = exportedNode(design, opts.node);
  const inNode = design.components.filter((c) => c.container === node || c.id.startsWith(`${node}/`));
  const ctx: Ctx = {
    design,
    catalog,
    opts,
    byId: new Map(design.components.map((c) => [c.id, c])),
    inNode: new Set(inNode.map((c) => c.id)),
    pcie: new Map(),
    nvlinks: new Map(),
    bus: new BusIds([
      ...design.components.flatMap((c) => (c.pciBusId ? [c.pciBusId] : [])),
      ...(opts.busIds?.values() ?? []),
    ]),
    written: new Set(),
    lines: ['<system version="1">'],
    placeholders: [],
    gen7: [],
    twice: [],
    gpuIndex: new Map(),
    noGpu: [],
    noPcie: [],
    mapping: new Map(),
    nvswitchIds: new Map(),
    nicOrdinal: { n: 0 },
    netDev: { n: 0 },
  };
  for (const l of design.links) {
    // CXL runs on the PCIe PHY: a CXL memory expander is a PCI device of its root port (class 0x0502).
    const map =
      l.protocol === 'pcie' || l.protocol === 'cxl' ? ctx.pcie : l.protocol === 'nvlink' ? ctx.nvlinks : null;
    if (!map) continue;
    for (const end of [l.from.component, l.to.component]) map.set(end, [...(map.get(end) ?? []), l]);
  }
  inNode.filter((c) => kindTraits(c.kind).isAccelerator).forEach((c, i) => ctx.gpuIndex.set(c.id, i));
  const cpus = inNode.filter((c) => kindTraits(c.kind).pcieRole === 'root-complex');
  // GPUs and NICs no PCIe link reaches (a GB200 GPU on NVLink-C2C) sit under the CPU they link to, else the first.
  const unreached = new Map<string, Component[]>();
  const reached = pcieReachable(ctx, cpus);
  for (const c of inNode) {
    const t = kindTraits(c.kind);
    if (!(t.isAccelerator || t.isNetworkEndpoint) || reached.has(c.id) || c.infos.sharesLinkOf) continue;
    const host =
      cpus.find((cpu) =>
        design.links.some(
          (l) =>
            (l.from.component === c.id && l.to.component === cpu.id) ||
            (l.to.component === c.id && l.from.component === cpu.id),
        ),
      ) ?? cpus[0];
    if (host) unreached.set(host.id, [...(unreached.get(host.id) ?? []), c]);
  }
  cpus.forEach((cpu, i) => writeCpu(ctx, cpu, i, unreached.get(cpu.id) ?? []));
  ctx.lines.push('</system>');
  return { xml: ctx.lines.join('\n') + '\n', issues: summaryIssues(ctx), busIds: ctx.mapping };
}

/** The node an NCCL file describes: the one named, else the design's only node; throws InputError naming the nodes. */
export function exportedNode(design: Design, node: string | undefined): string {
  const nodes = design.containers.filter((c) => c.level === 'node');
  const id = node ?? (nodes.length === 1 ? nodes[0]!.id : undefined);
  if (!id || !nodes.some((n) => n.id === id)) {
    const known = nodes.map((n) => n.id).join(', ') || 'none';
    throw new InputError(
      node
        ? `no node "${node}" in the design (nodes: ${known})`
        : `choose a node with --node (one of: ${known})`,
      'nccl-node-required',
    );
  }
  return id;
}

function summaryIssues(ctx: Ctx): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const list = (ids: string[]): string =>
    ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
  if (ctx.placeholders.length)
    issues.push({
      severity: 'warning',
      code: 'nccl-placeholder-busid',
      message: `${ctx.placeholders.length} device(s) have no bus id (${list(ctx.placeholders)}): placeholder bus ids fffe:xx:xx.0 written; NCCL matches devices by exact bus id, so it ignores them`,
      hint: 'give the VM\'s bus ids: --bus-ids vm-lspci.txt (output of "lspci -Dnn" in the VM) or --bus-ids map.yaml',
    });
  if (ctx.gen7.length)
    issues.push({
      severity: 'warning',
      code: 'nccl-speed-unknown',
      message: `${ctx.gen7.length} link(s) have no NCCL link_speed string (${list(ctx.gen7)}): NCCL reads them as Gen3`,
    });
  if (ctx.noGpu.length)
    issues.push({
      severity: 'info',
      code: 'nccl-gpu-filled-by-nccl',
      message: `${ctx.noGpu.length} accelerator(s) with no known CUDA compute capability (${list(ctx.noGpu)}): written without <gpu>; NCCL fills it from the live GPU`,
    });
  if (ctx.noPcie.length)
    issues.push({
      severity: 'info',
      code: 'nccl-no-pcie-link',
      message: `${ctx.noPcie.length} device(s) with no PCIe link in the design (${list(ctx.noPcie)}): written under the CPU they link to, with empty link_speed/link_width as NCCL writes them when sysfs has none`,
    });
  if (ctx.twice.length)
    issues.push({
      severity: 'warning',
      code: 'nccl-device-twice',
      message: `${list(ctx.twice)} reached over more than one PCIe path: written once, under the first`,
    });
  return issues;
}

/** Components a PCIe walk from the CPUs reaches. */
function pcieReachable(ctx: Ctx, cpus: Component[]): Set<string> {
  const seen = new Set(cpus.map((c) => c.id));
  const queue = [...seen];
  while (queue.length) {
    const id = queue.pop()!;
    for (const l of ctx.pcie.get(id) ?? []) {
      const far = l.from.component === id ? l.to.component : l.from.component;
      if (!seen.has(far) && ctx.inNode.has(far)) {
        seen.add(far);
        queue.push(far);
      }
    }
  }
  return seen;
}

function writeCpu(ctx: Ctx, cpu: Component, index: number, unreached: Component[]): void {
  const p = partOf(ctx, cpu);
  // The part's CPUID identity (catalog cpuIds); GenuineIntel and AuthenticAMD are x86 vendor strings.
  const id = p?.cpuIds?.[0];
  const arch = str(prop(p, 'cpuArch')) ?? (id ? 'x86_64' : undefined);
  const attrs: [string, string | undefined][] = [
    ['numaid', String(cpu.numaNode ?? index)],
    ['affinity', cpu.infos.affinity],
    ['arch', cpu.infos.arch ?? arch],
    ['vendor', cpu.infos.vendor ?? id?.vendor],
    ['familyid', cpu.infos.familyid ?? str(id?.family)],
    ['modelid', cpu.infos.modelid ?? str(id?.model)],
  ];
  ctx.lines.push(`  <cpu ${attrText(attrs)}>`);
  ctx.written.add(cpu.id);
  for (const port of cpu.ports)
    for (const l of linksAt(ctx, cpu.id, port.name)) writeBelow(ctx, l, cpu.id, '    ');
  for (const c of unreached) {
    // No PCIe link state to give: empty link attributes, as NCCL writes them when sysfs has none (xml.cc).
    ctx.noPcie.push(c.id);
    writeDevice(ctx, c, { gen: null, width: 0 }, '    ', true);
  }
  ctx.lines.push('  </cpu>');
}

const str = (v: string | number | boolean | undefined): string | undefined =>
  v === undefined ? undefined : String(v);
const attrText = (attrs: [string, string | undefined][]): string =>
  attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(' ');

/** PCIe links at one port of a component, leading to another component of the node. */
function linksAt(ctx: Ctx, id: string, port: string): Link[] {
  return (ctx.pcie.get(id) ?? []).filter((l) => {
    const here = l.from.component === id ? l.from : l.to;
    const there = l.from.component === id ? l.to : l.from;
    return here.port === port && here.component === id && ctx.inNode.has(there.component);
  });
}

/** The state NCCL should see: what the host reported, else what the physical layer trained, else the design. */
function stateOf(ctx: Ctx, l: Link, c: Component, port: Port | undefined): LinkState {
  return (
    l.reported ??
    ctx.opts.trained?.get(l.id) ??
    l.capable ?? { gen: l.gen ?? port?.maxGen ?? null, width: l.width }
  );
}

function classOf(ctx: Ctx, c: Component): string {
  const given = ctx.opts.classCodes?.get(c.id) ?? c.infos.pciClass;
  if (given) return given;
  const t = kindTraits(c.kind);
  if (t.pcieRole === 'switch') return NCCL_CLASS.bridge;
  if (t.isAccelerator) return NCCL_CLASS.gpu;
  if (t.isNetworkEndpoint) return isInfiniband(ctx, c) ? NCCL_CLASS.infiniband : NCCL_CLASS.ethernet;
  if (c.kind === 'nvme') return NCCL_CLASS.nvme;
  if (c.kind === 'cxl-memory') return NCCL_CLASS.cxlMemory;
  return NCCL_CLASS.other;
}

/** An InfiniBand NIC: its network links run InfiniBand, or (none wired) its part's port does. */
function isInfiniband(ctx: Ctx, c: Component): boolean {
  const net = ctx.design.links.filter(
    (l) => (l.from.component === c.id || l.to.component === c.id) && l.protocol !== 'pcie',
  );
  if (net.length) return net.some((l) => l.protocol === 'infiniband');
  return c.ports.some((p) => p.protocol === 'infiniband');
}

function busIdOf(ctx: Ctx, c: Component): string {
  const known = ctx.mapping.get(c.id);
  if (known) return known;
  let id = ctx.opts.busIds?.get(c.id) ?? c.pciBusId;
  if (!id) {
    ctx.placeholders.push(c.id);
    id = ctx.bus.synthetic('device');
  }
  ctx.mapping.set(c.id, id);
  return id;
}

function pciHead(
  ctx: Ctx,
  c: Component,
  busId: string,
  cls: string,
  st: LinkState,
  extra: [string, string][] = [],
  noLink = false,
): string {
  const speed = st.gen !== null ? NCCL_SPEED[st.gen] : undefined;
  if (!speed && !noLink) ctx.gen7.push(c.id);
  // The ids the host reported, else the catalog part's first (NCCL tells Broadcom PEX generations apart by them).
  const seen = /^([0-9a-f]{4}):([0-9a-f]{4})$/.exec(c.infos.pciId ?? '');
  const known = seen ? null : partOf(ctx, c)?.pciIds?.[0];
  const ids = seen ? { vendor: seen[1]!, device: seen[2]! } : known;
  const hex = (v: string | null | undefined): string | undefined => (v ? `0x${v}` : undefined);
  return attrText([
    ['busid', busId],
    ['class', cls],
    ['vendor', hex(ids?.vendor)],
    ['device', hex(ids?.device)],
    ['subsystem_vendor', hex(known?.subsystemVendor)],
    ['subsystem_device', hex(known?.subsystemDevice)],
    // NCCL requires both; an empty link_speed reads as its Gen3 fallback.
    ['link_speed', speed ?? ''],
    ['link_width', noLink ? '' : String(st.width)],
    ...extra,
  ]);
}

/** Writes the component at the far end of `l` (seen from `fromId`) and everything below it. */
function writeBelow(ctx: Ctx, l: Link, fromId: string, indent: string): void {
  const far = l.from.component === fromId ? l.to : l.from;
  const c = ctx.byId.get(far.component)!;
  const t = kindTraits(c.kind);
  if (t.pcieRole === 'root-complex') return;
  const port = c.ports.find((p) => p.name === far.port);
  const st = stateOf(ctx, l, c, port);
  if (t.pcieRole === 'switch') {
    writeSwitchPartition(ctx, c, port, st, indent);
    return;
  }
  if (ctx.written.has(c.id)) {
    ctx.twice.push(c.id);
    return;
  }
  writeDevice(ctx, c, st, indent, false);
}

function writeDevice(ctx: Ctx, c: Component, st: LinkState, indent: string, noLink: boolean): void {
  const t = kindTraits(c.kind);
  ctx.written.add(c.id);
  const head = `${indent}<pci ${pciHead(ctx, c, busIdOf(ctx, c), classOf(ctx, c), st, [], noLink)}`;
  const kids = [
    ...(t.isAccelerator ? gpuXml(ctx, c, `${indent}  `) : []),
    ...(t.isNetworkEndpoint ? nicXml(ctx, c, `${indent}  `) : []),
  ];
  if (kids.length === 0) {
    ctx.lines.push(`${head}/>`);
    return;
  }
  ctx.lines.push(`${head}>`, ...kids, `${indent}</pci>`);
}

/** One virtual switch: the ports of the partition the upstream port belongs to (all ports when unpartitioned). */
function writeSwitchPartition(
  ctx: Ctx,
  sw: Component,
  upPort: Port | undefined,
  st: LinkState,
  indent: string,
): void {
  const partition = upPort?.partition ?? null;
  const key = `${sw.id}#${partition ?? ''}`;
  if (ctx.written.has(key)) {
    ctx.twice.push(partition ? `${sw.id} partition ${partition}` : sw.id);
    return;
  }
  ctx.written.add(key);
  const partitions = [...new Set(sw.ports.map((p) => p.partition).filter((p) => p !== null))];
  const split = partitions.length > 1;
  const first = partition === null || partition === partitions[0];
  const busId =
    ctx.opts.busIds?.get(split && partition ? `${sw.id}#${partition}` : sw.id) ??
    (split && partition ? sw.infos[`${partition}.pciBusId`] : undefined) ??
    (first ? (ctx.opts.busIds?.get(sw.id) ?? sw.pciBusId) : null) ??
    ctx.bus.synthetic('bridge');
  const extra: [string, string][] = split && partition ? [[CHIP_ATTR, `${sw.name}.${partition}`]] : [];
  ctx.lines.push(`${indent}<pci ${pciHead(ctx, sw, busId, classOf(ctx, sw), st, extra)}>`);
  for (const p of sw.ports) {
    if (p === upPort || (partition !== null && p.partition !== partition)) continue;
    if (p.role === 'upstream') continue;
    for (const l of linksAt(ctx, sw.id, p.name)) writeBelow(ctx, l, sw.id, `${indent}  `);
  }
  ctx.lines.push(`${indent}</pci>`);
}

/**
 * NVLink generation -> the lowest sm NCCL gives that NVLink bandwidth (src/graph/topo.h ncclTopoNVLinkBw: sm60 NVLink1
 * ... sm100 NVLink5): the stand-in for a GPU whose part states no CUDA compute capability but whose NVLinks are known.
 */
const SM_BY_NVLINK: Record<number, number> = { 1: 60, 2: 70, 3: 80, 4: 90, 5: 100 };

/**
 * `<gpu dev sm rank gdr>` with one `<nvlink>` per NVLink peer (links to one peer are summed into `count`). NCCL needs
 * `sm`; a GPU with none known (not an NVIDIA part, no NVLink) gets no `<gpu>`: NCCL fills it from the live GPU.
 */
function gpuXml(ctx: Ctx, c: Component, indent: string): string[] {
  const byPeer = new Map<string, number>();
  let gen: number | null = null;
  for (const l of ctx.nvlinks.get(c.id) ?? []) {
    const peer = l.from.component === c.id ? l.to.component : l.from.component;
    const per = findStandard(ctx.catalog, 'nvlink', l.gen ?? 0)?.lanesPerLink ?? 1;
    gen ??= l.gen;
    byPeer.set(peer, (byPeer.get(peer) ?? 0) + Math.max(1, Math.round(l.width / per)));
  }
  const sm =
    c.infos.cudaSm ??
    str(prop(partOf(ctx, c), 'cudaSm')) ??
    (gen !== null ? str(SM_BY_NVLINK[gen]) : undefined);
  if (sm === undefined) {
    ctx.noGpu.push(c.id);
    return [];
  }
  const index = ctx.gpuIndex.get(c.id) ?? 0;
  const attrs: [string, string | undefined][] = [
    ['dev', c.infos.cudaDev ?? String(index)],
    ['sm', sm],
    ['rank', c.infos.ncclRank ?? String(index)],
    ['gdr', c.infos.gdr ?? '1'],
  ];
  const links: string[] = [];
  for (const [peerId, count] of byPeer) {
    const peer = ctx.byId.get(peerId);
    if (!peer) continue;
    const gpuPeer = kindTraits(peer.kind).isAccelerator;
    links.push(
      `${indent}  <nvlink ${attrText([
        ['target', nvlinkTarget(ctx, peer, gpuPeer)],
        ['count', String(count)],
        ['tclass', gpuPeer ? NCCL_CLASS.gpu : NCCL_CLASS.nvswitch],
      ])}/>`,
    );
  }
  if (links.length === 0) return [`${indent}<gpu ${attrText(attrs)}/>`];
  return [`${indent}<gpu ${attrText(attrs)}>`, ...links, `${indent}</gpu>`];
}

/** An NVLink peer's bus id; an NVSwitch nobody listed gets a synthetic one (NCCL folds every NVSwitch into one node). */
function nvlinkTarget(ctx: Ctx, peer: Component, gpuPeer: boolean): string {
  const given = ctx.opts.busIds?.get(peer.id) ?? peer.pciBusId;
  if (given) return given;
  if (gpuPeer) return busIdOf(ctx, peer);
  const known = ctx.nvswitchIds.get(peer.id);
  if (known) return known;
  const id = ctx.bus.synthetic('nvswitch');
  ctx.nvswitchIds.set(peer.id, id);
  return id;
}

/** `<nic>` with one `<net>` per network port: this component and the functions that share its link. */
function nicXml(ctx: Ctx, c: Component, indent: string): string[] {
  const ports = [
    c,
    ...ctx.design.components.filter((x) => x.infos.sharesLinkOf === c.id && ctx.inNode.has(x.id)),
  ];
  const out = [`${indent}<nic>`];
  ports.forEach((x, k) => {
    ctx.written.add(x.id);
    out.push(`${indent}  <net ${attrText(netAttrs(ctx, x, k))}/>`);
  });
  out.push(`${indent}</nic>`);
  return out;
}

function netAttrs(ctx: Ctx, c: Component, k: number): [string, string | undefined][] {
  const p = partOf(ctx, c);
  const prefix = str(prop(p, 'rdmaDevicePrefix'));
  const ordinal = ctx.nicOrdinal.n++;
  const net = c.ports.find((x) => x.role === 'peer' && x.laneRateGbps !== null);
  const speedMbps = net ? net.lanes * net.laneRateGbps! * 1000 : null;
  return [
    ['name', c.infos.netDevices ?? (prefix ? `${prefix}${ordinal}` : undefined)],
    ['dev', c.infos.netDev ?? String(ctx.netDev.n++)],
    ['speed', c.infos.netSpeedMbps ?? (speedMbps !== null ? String(speedMbps) : undefined)],
    ['port', c.infos.netPort ?? String(k + 1)],
    ['latency', c.infos.netLatency ?? NET_LATENCY],
    ['guid', c.infos.netGuid],
    ['maxconn', c.infos.netMaxConn],
    ['gdr', c.infos.gdr ?? '1'],
  ];
}
