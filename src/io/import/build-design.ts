/** Turns an importer's host tree into a Design: CPUs and root ports, switches, devices, NVLink, socket links. */
import type { Catalog } from '../../catalog/index.js';
import { kindTraits, type Design, type DraftIssue } from '../../model/index.js';
import { addComponent, addPort, finish, newBuilder, type PendingComponent } from './builder.js';
import { addNvlinks, addPeerLinks, addSocketLinks } from './build-links.js';
import { attachAll, importable, settleChips, type WalkContext } from './build-pcie.js';
import { cpuPartByIdentity, withGenericParts } from './parts.js';
import type { PciIds } from './pci-ids.js';
import type { RawDevice, RawHost } from './raw.js';

export interface ImportResult {
  /** The `--from` name of the format read. */
  format: string;
  design: Design;
  issues: DraftIssue[];
}

/** Width of the link below a root port, when the file gives the root port none. */
const widthBelow = (d: RawDevice): number | null => {
  const c = d.children[0];
  return c ? (c.capable?.width ?? c.reported?.width ?? null) : null;
};

const allDevices = (list: RawDevice[], out: RawDevice[] = []): RawDevice[] => {
  for (const d of list) {
    out.push(d);
    allDevices(d.children, out);
  }
  return out;
};

export function buildDesign(raw: RawHost, catalogIn: Catalog, db: PciIds | null, name: string): ImportResult {
  const catalog = withGenericParts(catalogIn);
  const b = newBuilder(catalog);
  const ctx: WalkContext = { b, db, raw, skipped: [] };
  const cpus: PendingComponent[] = [];
  raw.sockets.forEach((s, i) => {
    const byId = cpuPartByIdentity(catalog, s.infos);
    const cpu = addComponent(b, {
      key: `cpu:${i}`,
      kind: 'cpu',
      part: byId?.part ?? 'generic-cpu',
      busId: null,
      numaNode: s.numaNode,
      infos: s.infos,
    });
    cpus.push(cpu);
    if (byId)
      b.issues.push((idOf) => ({
        severity: 'info',
        code: byId.part ? 'cpu-part-by-cpuid' : 'part-generic',
        message: `${idOf(cpu.key)}: ${byId.message}`,
      }));
    for (const hb of s.hostBridges) {
      for (const child of hb.children.filter((c) => !importable(ctx, c)))
        attachAll(ctx, [child], { key: cpu.key, port: '' });
      const kids = hb.children.filter((c) => importable(ctx, c));
      if (kids.length === 0) continue;
      // One CPU port per host bridge (root bus); its root ports are the links from that port, so devices on two
      // root ports of one host bridge read as PHB and devices on two host bridges as NODE (docs/import-export.md).
      const port = `pcie${cpu.ports.filter((p) => p.protocol === 'pcie').length}`;
      const widths = kids.map((c) => c.capable?.width ?? c.reported?.width ?? widthBelow(c) ?? 16);
      const ref = { key: cpu.key, port };
      addPort(cpu, {
        name: port,
        protocol: 'pcie',
        lanes: widths.reduce((a, w) => a + w, 0),
        role: 'downstream',
        bifurcation: widths.length > 1 ? [widths] : null,
        maxGen: Math.max(0, ...kids.map((c) => c.capable?.gen ?? 0)) || null,
      });
      cpu.infos[`${port}.hostBridge`] = hb.id;
      const rootPorts = kids.filter((c) => !hb.implicitRootPorts && c.isBridge);
      if (rootPorts.some((r) => r.busId))
        cpu.infos[`${port}.rootPorts`] = rootPorts.map((r) => r.busId ?? '?').join(',');
      for (const child of kids)
        attachAll(ctx, !hb.implicitRootPorts && child.isBridge ? child.children : [child], ref);
    }
  });
  settleChips(ctx);
  const devices = allDevices(raw.sockets.flatMap((s) => s.hostBridges.flatMap((h) => h.children)));
  addNvlinks(b, devices);
  addPeerLinks(b, raw);
  addSocketLinks(b, cpus, raw.socketProtocol);
  if (ctx.skipped.length > 0) {
    b.issues.push(() => ({
      severity: 'info',
      code: 'devices-skipped',
      message: `${ctx.skipped.length} PCI function(s) not imported (not an accelerator, NIC, NVMe drive, CXL memory or switch): ${ctx.skipped.slice(0, 8).join('; ')}${ctx.skipped.length > 8 ? '; ...' : ''}`,
    }));
  }
  const { design, issues } = finish(b, name);
  flagFlattened(design, issues);
  return { format: raw.format, design, issues: [...raw.issues, ...issues] };
}

/**
 * A VM's passthrough tree puts every GPU and NIC on its own root port of one root bus, with no switch
 * (NVIDIA/nccl-tests#256): path classes read from it are all PHB, not what the host has.
 */
function flagFlattened(design: Design, issues: DraftIssue[]): void {
  const endpoints = design.components.filter(
    (c) => kindTraits(c.kind).isAccelerator || kindTraits(c.kind).isNetworkEndpoint,
  );
  const switches = design.components.filter((c) => kindTraits(c.kind).pcieRole === 'switch');
  const cpus = design.components.filter((c) => kindTraits(c.kind).pcieRole === 'root-complex');
  const hostBridges = cpus.flatMap((c) => c.ports.filter((p) => p.protocol === 'pcie'));
  if (endpoints.length >= 4 && switches.length === 0 && hostBridges.length === 1) {
    issues.push({
      severity: 'warning',
      code: 'vm-flattened-tree',
      message: `${endpoints.length} GPUs/NICs each sit on their own root port of one root bus with no PCIe switch: this looks like a VM's flattened passthrough tree, not the host's topology`,
      hint: "import the host's NCCL topology dump or nvidia-smi topo -m from the host, or give NCCL an NCCL_TOPO_FILE (rackwire export --to nccl-xml)",
    });
  }
}
