/**
 * `nvidia-smi topo -m` → host tree. The matrix has no PCIe tree, so one is synthesised that reproduces the
 * classes read (docs/import-export.md): PIX → same switch; PXB → two switch levels; PHB → same host bridge,
 * other root port; NODE → same socket, other host bridge; SYS → other socket. NV# → NVLink links.
 */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue } from '../../model/index.js';
import { buildDesign, type ImportResult } from './build-design.js';
import type { PciIds } from './pci-ids.js';
import { rawDevice, type RawDevice, type RawHost, type RawSocket } from './raw.js';
import { synthesiseTree } from './synth-tree.js';

/** ANSI SGR sequences (ESC [ ... m): the header row may come underlined when nvidia-smi writes to a terminal. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/**
 * Most NVLinks any NVIDIA GPU has (H100/H200/B200: 18 links, NVIDIA H100 and Blackwell datasheets). A pair count
 * n seen between all k GPUs with n·(k−1) above it cannot be direct links: the GPUs meet in an NVSwitch fabric.
 */
export const MAX_NVLINKS_PER_GPU = 18;

export interface SmiMatrix {
  /** The devices whose rows are present and complete (all of the header's, unless the file was cut). */
  names: string[];
  cells: string[][];
  numa: (number | null)[];
  cpuAffinity: (string | null)[];
  /** Devices of the header whose row is missing or cut short (a truncated paste), in header order. */
  missing: string[];
}

/** What a matrix cell may hold (nvidia-smi topo -m legend; SOC is the pre-2016 name of SYS). */
const CELL = /^(X|NV\d+|PIX|PXB|PHB|NODE|SYS|SOC)$/;

export function parseSmiMatrix(text: string): SmiMatrix | null {
  const lines = text
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const h = lines.findIndex((l) => /^\s+GPU0\b/.test(l));
  if (h < 0) return null;
  const header = lines[h]!.trim().split(/\s+/);
  const all = header.filter((x) => /^(GPU|NIC|mlx5_)\d+$|^mlx5_\d+$/.test(x));
  const rows = new Map<string, string[]>();
  const endsCut = !text.endsWith('\n');
  // GPU rows carry CPU/NUMA affinity columns after the matrix: a last GPU row without them may be cut in a cell.
  const affinity = header.includes('Affinity');
  for (const [k, line] of lines.slice(h + 1).entries()) {
    const parts = line.trim().split(/\s+/);
    if (!all.includes(parts[0] ?? '')) break;
    // A row cut short: fewer cells than columns, or a cell cut inside ("NV1" of "NV18") on the file's last line.
    const cells = parts.slice(1, all.length + 1);
    const last = endsCut && h + 1 + k === lines.length - 1;
    if (
      cells.length < all.length ||
      !cells.every((c) => CELL.test(c)) ||
      (last && affinity && parts[0]!.startsWith('GPU') && parts.length === all.length + 1)
    )
      break;
    rows.set(parts[0]!, parts.slice(1));
  }
  const keep = all.map((n, i) => (rows.has(n) ? i : -1)).filter((i) => i >= 0);
  const names = keep.map((i) => all[i]!);
  const cells = names.map((n) => keep.map((j) => rows.get(n)![j]!));
  const cpuAffinity = names.map((n) => rows.get(n)![all.length] ?? null);
  const numa = names.map((n) => {
    const rest = rows.get(n)!.slice(all.length);
    const v = Number(rest[1]);
    return rest.length > 1 && Number.isInteger(v) ? v : null;
  });
  return { names, cells, numa, cpuAffinity, missing: all.filter((n) => !rows.has(n)) };
}

export function readNvidiaSmi(text: string): RawHost {
  const issues: DraftIssue[] = [];
  const m = parseSmiMatrix(text);
  if (!m || m.names.length === 0) {
    issues.push({
      severity: 'error',
      code: 'smi-no-matrix',
      message: m
        ? `nvidia-smi topo -m header found but no complete matrix row below it (${m.missing.length} devices named): file cut?`
        : 'no nvidia-smi topo -m matrix found (header row starting with GPU0, one row per column)',
    });
    return {
      format: 'nvidia-smi',
      sockets: [],
      socketProtocol: null,
      peerLinks: [],
      bridgesAreSwitches: true,
      issues,
    };
  }
  if (m.missing.length > 0)
    issues.push({
      severity: 'warning',
      code: 'smi-matrix-truncated',
      message: `the matrix is cut: rows of ${m.missing.join(', ')} missing or incomplete; imported the ${m.names.length} complete rows (${m.names.join(', ')}) and nothing of the missing devices`,
      hint: 'paste the whole output of nvidia-smi topo -m',
    });
  const legend = new Map([...text.matchAll(/^\s*(NIC\d+): (\S+)/gm)].map((x) => [x[1]!, x[2]!]));
  const unnamed = m.names.filter((n) => n.startsWith('NIC') && !legend.has(n));
  if (unnamed.length > 0)
    issues.push({
      severity: 'warning',
      code: 'smi-legend-incomplete',
      message: `the NIC Legend ${legend.size > 0 ? 'is cut' : 'is missing'}: RDMA device names of ${unnamed.join(', ')} unknown`,
    });
  const devices: RawDevice[] = m.names.map((n, i) => {
    const gpu = n.startsWith('GPU');
    const d = rawDevice(gpu ? `gpu:${n.slice(3)}` : `nic:${i}`, {
      kindHint: gpu ? 'accelerator' : 'nic',
      numaNode: m.numa[i] ?? null,
    });
    d.infos.smiName = n;
    const dev = legend.get(n);
    if (dev) d.infos.netDevices = dev;
    if (m.cpuAffinity[i]) d.infos.cpuAffinity = m.cpuAffinity[i]!;
    return d;
  });
  addNvlinks(m, devices, issues);
  const sockets: RawSocket[] = synthesiseTree(devices, (i, j) => m.cells[i]![j]!, issues);
  issues.push({
    severity: 'info',
    code: 'smi-tree-synthesised',
    message:
      'nvidia-smi topo -m has no PCIe tree: a minimal tree reproducing its PIX/PXB/PHB/NODE/SYS classes was synthesised (no bus ids, link speeds unknown)',
  });
  return {
    format: 'nvidia-smi',
    sockets,
    socketProtocol: null,
    peerLinks: [],
    bridgesAreSwitches: true,
    issues,
  };
}

function addNvlinks(m: SmiMatrix, devices: RawDevice[], issues: DraftIssue[]): void {
  const gpus = m.names.map((n, i) => (n.startsWith('GPU') ? i : -1)).filter((i) => i >= 0);
  const nv = (i: number, j: number): number => Number(/^NV(\d+)$/.exec(m.cells[i]![j]!)?.[1] ?? 0);
  const counts = gpus.flatMap((i) => gpus.filter((j) => j !== i).map((j) => nv(i, j)));
  const n = counts[0] ?? 0;
  const switched =
    gpus.length >= 3 && n > 0 && counts.every((c) => c === n) && n * (gpus.length - 1) > MAX_NVLINKS_PER_GPU;
  for (const i of gpus) {
    for (const j of gpus) {
      if (j === i || nv(i, j) === 0) continue;
      if (switched) {
        if (j === gpus.find((g) => g !== i))
          devices[i]!.nvlinks.push({ target: 'nvswitch-fabric', count: n, targetIsSwitch: true });
      } else if (j > i)
        devices[i]!.nvlinks.push({ target: devices[j]!.key, count: nv(i, j), targetIsSwitch: false });
    }
  }
  if (switched) {
    issues.push({
      severity: 'info',
      code: 'smi-nvswitch-synthesised',
      message: `every GPU pair shows NV${n} (${n}·${gpus.length - 1} > ${MAX_NVLINKS_PER_GPU} links): the GPUs meet in an NVSwitch fabric, modelled as one NVLink switch`,
    });
  }
}

export const importNvidiaSmi = (
  text: string,
  catalog: Catalog,
  db: PciIds | null,
  name = 'nvidia-smi',
): ImportResult => buildDesign(readNvidiaSmi(text), catalog, db, name);
