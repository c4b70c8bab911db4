/** Synthesises the smallest PCIe tree that reproduces a matrix of nvidia-smi path classes (PIX/PXB/PHB/NODE/SYS). */
import type { DraftIssue } from '../../model/index.js';
import { rawDevice, type RawDevice, type RawSocket } from './raw.js';

type ClassOf = (i: number, j: number) => string;

/** Groups indices into connected components of the relation `same(i, j)`, in index order. */
function groups(items: number[], same: (i: number, j: number) => boolean): number[][] {
  const out: number[][] = [];
  for (const i of items) {
    const hit = out.filter((g) => g.some((j) => same(i, j)));
    const merged = [i, ...hit.flat()].sort((a, b) => a - b);
    for (const g of hit) out.splice(out.indexOf(g), 1);
    out.push(merged);
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

const PCIE = ['PIX', 'PXB', 'PHB', 'NODE', 'SYS'];
/** PCIe class of a pair; an NVLink cell (NV#) hides it, so it reads as unknown (null). */
const pcie = (c: ClassOf, i: number, j: number): string | null => (PCIE.includes(c(i, j)) ? c(i, j) : null);

export function synthesiseTree(devices: RawDevice[], cls: ClassOf, issues: DraftIssue[]): RawSocket[] {
  const all = devices.map((_, i) => i);
  const within = (set: string[]) => (i: number, j: number) => {
    const c = pcie(cls, i, j) ?? pcie(cls, j, i);
    return c !== null && set.includes(c);
  };
  let sw = 0;
  const bridge = (children: RawDevice[]): RawDevice =>
    rawDevice(`synth-switch:${sw++}`, { isBridge: true, children });
  const sockets = groups(all, within(['PIX', 'PXB', 'PHB', 'NODE'])).map((socketIdx) => {
    const numa = socketIdx.map((i) => devices[i]!.numaNode).find((n) => n !== null) ?? null;
    const hostBridges = groups(socketIdx, within(['PIX', 'PXB', 'PHB'])).map((hbIdx, h) => {
      const children = groups(hbIdx, within(['PIX', 'PXB'])).map((swIdx) => {
        if (swIdx.length === 1) return devices[swIdx[0]!]!;
        const leaves = groups(swIdx, within(['PIX'])).map((pix) =>
          pix.length === 1 ? devices[pix[0]!]! : bridge(pix.map((i) => devices[i]!)),
        );
        // One PIX group: one switch. Several (PXB between them): a top switch above one switch per group.
        return leaves.length === 1 ? leaves[0]! : bridge(leaves.map((l) => (l.isBridge ? l : bridge([l]))));
      });
      return { id: `synth-hb${h}`, children, implicitRootPorts: true };
    });
    for (const i of socketIdx) devices[i]!.numaNode ??= numa;
    return { numaNode: numa, infos: {}, hostBridges };
  });
  if (sockets.length === 0)
    issues.push({ severity: 'warning', code: 'smi-empty', message: 'no devices in the matrix' });
  return sockets;
}
