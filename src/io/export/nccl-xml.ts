/**
 * Design → NCCL topology XML for NCCL_TOPO_FILE, one node at a time. Follows NVIDIA/nccl src/graph/topo.cc reading
 * rules: `class` is matched by prefix (0x060400 bridge, 0x068000 NVSwitch, 0x03 GPU, 0x02 NIC), `link_speed` must be a
 * kvDictPciGen string ("16.0 GT/s PCIe"...; anything else falls back to Gen3), devices are matched by `busid`.
 */
import { findStandard, type Catalog } from '../../catalog/index.js';
import { kindTraits, type Component, type Design, type DraftIssue, type Link } from '../../model/index.js';
import { InputError } from '../../model/index.js';

/** The kvDictPciGen strings NCCL accepts (topo.cc), by PCIe generation; Gen7 has none yet. */
const NCCL_SPEED: Record<number, string> = {
  1: '2.5 GT/s PCIe',
  2: '5.0 GT/s PCIe',
  3: '8.0 GT/s PCIe',
  4: '16.0 GT/s PCIe',
  5: '32.0 GT/s PCIe',
  6: '64.0 GT/s PCIe',
};
/** Class codes NCCL's kvDictPciClass maps (topo.cc). */
const CLASS = {
  bridge: '0x060400',
  nvswitch: '0x068000',
  gpu: '0x030200',
  nic: '0x020000',
  other: '0x010802',
};
/** sm of a GPU by NVLink generation (NCCL topo.h NVLink bandwidth per sm: sm60 NVLink1 ... sm100 NVLink5). */
const SM_BY_NVLINK: Record<number, number> = { 1: 60, 2: 70, 3: 80, 4: 90, 5: 100 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface NcclExport {
  xml: string;
  issues: DraftIssue[];
}

export function exportNcclXml(design: Design, catalog: Catalog, nodeId?: string): NcclExport {
  const nodes = design.containers.filter((c) => c.level === 'node');
  const node = nodeId ?? (nodes.length === 1 ? nodes[0]!.id : undefined);
  if (!node || !nodes.some((n) => n.id === node)) {
    const known = nodes.map((n) => n.id).join(', ') || 'none';
    throw new InputError(
      nodeId
        ? `no node "${nodeId}" in the design (nodes: ${known})`
        : `choose a node with --node (one of: ${known})`,
      'nccl-node-required',
    );
  }
  const issues: DraftIssue[] = [];
  const inNode = design.components.filter((c) => c.container === node || c.id.startsWith(`${node}/`));
  const byId = new Map(inNode.map((c) => [c.id, c]));
  const down = (id: string, port: string): Link[] =>
    design.links.filter(
      (l) =>
        l.protocol === 'pcie' && l.from.component === id && l.from.port === port && byId.has(l.to.component),
    );
  let placeholder = 0;
  const busOf = (c: Component): string => {
    if (c.pciBusId) return c.pciBusId;
    const b = `ffff:${(0xff - Math.floor(placeholder / 32)).toString(16)}:${(placeholder % 32).toString(16).padStart(2, '0')}.0`;
    placeholder++;
    issues.push({
      severity: 'warning',
      code: 'nccl-placeholder-busid',
      message: `${c.id} has no pciBusId: placeholder ${b} written; NCCL only matches real bus ids`,
      hint: 'replace it with the bus id the VM shows (lspci -D)',
    });
    return b;
  };
  const lines: string[] = ['<system version="1">'];
  const pciOf = (l: Link, indent: string): void => {
    const c = byId.get(l.to.component)!;
    const t = kindTraits(c.kind);
    const cls =
      t.pcieRole === 'switch'
        ? CLASS.bridge
        : t.isAccelerator
          ? CLASS.gpu
          : t.isNetworkEndpoint
            ? CLASS.nic
            : CLASS.other;
    const st = l.reported ??
      l.capable ?? { gen: c.ports.find((p) => p.name === l.to.port)?.maxGen ?? null, width: l.width };
    const speed = st.gen !== null ? NCCL_SPEED[st.gen] : undefined;
    if (!speed)
      issues.push({
        severity: 'warning',
        code: 'nccl-speed-unknown',
        message: `${c.id}: PCIe generation ${st.gen ?? 'unknown'} has no NCCL link_speed string; NCCL assumes Gen3`,
      });
    const ids = /^([0-9a-f]{4}):([0-9a-f]{4})$/.exec(c.infos.pciId ?? '');
    const idAttrs = ids ? ` vendor="0x${ids[1]}" device="0x${ids[2]}"` : '';
    const head = `${indent}<pci busid="${esc(busOf(c))}" class="${cls}"${idAttrs} link_speed="${speed ?? ''}" link_width="${st.width}"`;
    const kids = c.ports.flatMap((p) => down(c.id, p.name));
    const gpu = t.isAccelerator && c.pciBusId ? gpuXml(design, catalog, c, `${indent}  `) : [];
    if (kids.length === 0 && gpu.length === 0) {
      lines.push(`${head}/>`);
      return;
    }
    lines.push(`${head}>`, ...gpu);
    for (const k of kids) pciOf(k, `${indent}  `);
    lines.push(`${indent}</pci>`);
  };
  const cpus = inNode.filter((c) => kindTraits(c.kind).pcieRole === 'root-complex');
  cpus.forEach((cpu, i) => {
    const attrs = [`numaid="${cpu.numaNode ?? i}"`];
    for (const k of ['affinity', 'arch', 'vendor', 'familyid', 'modelid'])
      if (cpu.infos[k]) attrs.push(`${k}="${esc(cpu.infos[k])}"`);
    lines.push(`  <cpu ${attrs.join(' ')}>`);
    for (const p of cpu.ports) for (const l of down(cpu.id, p.name)) pciOf(l, '    ');
    lines.push('  </cpu>');
  });
  lines.push('</system>');
  return { xml: lines.join('\n') + '\n', issues };
}

/** `<gpu>` with its NVLinks (NCCL fills sm/rank/dev/gdr of a real GPU it finds by bus id; we write sm where known). */
function gpuXml(design: Design, catalog: Catalog, c: Component, indent: string): string[] {
  const nv = design.links.filter(
    (l) => l.protocol === 'nvlink' && (l.from.component === c.id || l.to.component === c.id),
  );
  if (nv.length === 0) return [];
  const byId = new Map(design.components.map((x) => [x.id, x]));
  const gen = nv[0]!.gen;
  const per = gen !== null ? (findStandard(catalog, 'nvlink', gen)?.lanesPerLink ?? 1) : 1;
  const sm = gen !== null ? SM_BY_NVLINK[gen] : undefined;
  const out = [`${indent}<gpu${sm ? ` sm="${sm}"` : ''}>`];
  for (const l of nv) {
    const peer = byId.get(l.from.component === c.id ? l.to.component : l.from.component);
    if (!peer?.pciBusId) continue;
    const tclass = kindTraits(peer.kind).isAccelerator ? CLASS.gpu : CLASS.nvswitch;
    out.push(
      `${indent}  <nvlink target="${peer.pciBusId}" count="${Math.max(1, Math.round(l.width / per))}" tclass="${tclass}"/>`,
    );
  }
  out.push(`${indent}</gpu>`);
  return out;
}
