/** `rocm-smi --showtopo` → host tree: GPUs per NUMA node, XGMI links from the link-type matrix, device ids from the concise table. */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue } from '../../model/index.js';
import { buildDesign, type ImportResult } from './build-design.js';
import type { PciIds } from './pci-ids.js';
import { rawDevice, type RawDevice, type RawHost, type RawSocket } from './raw.js';

/** AMD's PCI vendor id (PCI-SIG vendor list; pci.ids `1002 Advanced Micro Devices, Inc. [AMD/ATI]`). */
const AMD_VENDOR = '1002';
/**
 * Width of one AMD Infinity Fabric (xGMI) GPU link: x16 (AMD CDNA 3 architecture white paper: "16-lane" Infinity
 * Fabric links). rocm-smi does not print it, so it is an assumption, reported as one.
 */
export const XGMI_LINK_LANES = 16;

function matrixAfter(lines: string[], title: RegExp): string[][] | null {
  const at = lines.findIndex((l) => title.test(l));
  if (at < 0) return null;
  const header = (lines[at + 1] ?? '').trim().split(/\s+/);
  const rows: string[][] = [];
  for (const l of lines.slice(at + 2)) {
    const p = l.trim().split(/\s+/);
    if (!/^GPU\d+$/.test(p[0] ?? '')) break;
    rows.push(p.slice(1, header.length + 1));
  }
  return rows.length === header.length ? rows : null;
}

export function readRocmSmi(text: string): RawHost {
  const issues: DraftIssue[] = [];
  const lines = text.split('\n');
  const types = matrixAfter(lines, /Link Type between two GPUs/);
  const numa = new Map(
    [...text.matchAll(/^GPU\[(\d+)\]\s*: \(Topology\) Numa Node: (\d+)/gm)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]),
  );
  const ids = new Map(
    [...text.matchAll(/^(\d+)\s+\d+\s+0x([0-9a-f]{4}),/gm)].map((m) => [Number(m[1]), m[2]!]),
  );
  const n = types?.length ?? numa.size;
  if (n === 0)
    issues.push({
      severity: 'error',
      code: 'rocm-no-topology',
      message: 'no rocm-smi --showtopo link-type matrix or NUMA list found',
    });
  const gpus: RawDevice[] = Array.from({ length: n }, (_, i) =>
    rawDevice(`gpu:${i}`, {
      kindHint: 'accelerator',
      numaNode: numa.get(i) ?? null,
      ids: ids.has(i)
        ? { vendor: AMD_VENDOR, device: ids.get(i)!, subsystemVendor: null, subsystemDevice: null }
        : null,
    }),
  );
  const peerLinks: RawHost['peerLinks'] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      if (types?.[i]?.[j] === 'XGMI')
        peerLinks.push({ a: `gpu:${i}`, b: `gpu:${j}`, protocol: 'infinity-fabric', width: XGMI_LINK_LANES });
  }
  if (peerLinks.length > 0)
    issues.push({
      severity: 'info',
      code: 'xgmi-width-assumed',
      message: `${peerLinks.length} XGMI links: x${XGMI_LINK_LANES} each assumed (rocm-smi does not print link width)`,
    });
  const numas = [...new Set(gpus.map((g) => g.numaNode))];
  const sockets: RawSocket[] = numas.map((node) => ({
    numaNode: node,
    infos: {},
    hostBridges: gpus
      .filter((g) => g.numaNode === node)
      .map((g) => ({ id: `numa${node}.${g.key}`, children: [g], implicitRootPorts: true })),
  }));
  issues.push({
    severity: 'info',
    code: 'rocm-tree-synthesised',
    message: "rocm-smi shows no PCIe tree: each GPU placed on its own host bridge of its NUMA node's CPU",
  });
  return {
    format: 'rocm-smi',
    sockets,
    socketProtocol: 'infinity-fabric',
    peerLinks,
    bridgesAreSwitches: true,
    issues,
  };
}

export const importRocmSmi = (
  text: string,
  catalog: Catalog,
  db: PciIds | null,
  name = 'rocm-smi',
): ImportResult => buildDesign(readRocmSmi(text), catalog, db, name);
