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
  names: string[];
  cells: string[][];
  numa: (number | null)[];
  cpuAffinity: (string | null)[];
}

export function parseSmiMatrix(text: string): SmiMatrix | null {
  const lines = text
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const h = lines.findIndex((l) => /^\s+GPU0\b/.test(l));
  if (h < 0) return null;
  const header = lines[h]!.trim().split(/\s+/);
  const names = header.filter((x) => /^(GPU|NIC|mlx5_)\d+$|^mlx5_\d+$/.test(x));
  const cells: string[][] = [];
  const numa: (number | null)[] = [];
  const cpuAffinity: (string | null)[] = [];
  for (const line of lines.slice(h + 1)) {
    const parts = line.trim().split(/\s+/);
    if (!names.includes(parts[0] ?? '')) break;
    cells.push(parts.slice(1, names.length + 1));
    const rest = parts.slice(names.length + 1);
    cpuAffinity.push(rest[0] ?? null);
    const n = Number(rest[1]);
    numa.push(rest.length > 1 && Number.isInteger(n) ? n : null);
  }
  return cells.length === names.length ? { names, cells, numa, cpuAffinity } : null;
}

export function readNvidiaSmi(text: string): RawHost {
  const issues: DraftIssue[] = [];
  const m = parseSmiMatrix(text);
  if (!m) {
    issues.push({
      severity: 'error',
      code: 'smi-no-matrix',
      message:
        'no complete nvidia-smi topo -m matrix found (header row starting with GPU0, one row per column)',
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
  const legend = new Map([...text.matchAll(/^\s*(NIC\d+): (\S+)/gm)].map((x) => [x[1]!, x[2]!]));
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
