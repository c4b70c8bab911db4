// The tree synthesised from `nvidia-smi topo -m` reproduces the file's classes when they are derived back from it.
import { describe, expect, it } from 'vitest';
import { findStandard } from '../../catalog/index.js';
import type { Design } from '../../model/index.js';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importNvidiaSmi, parseSmiMatrix } from './nvidia-smi.js';

/** Upward chain of a component: [{component, port it arrives on}] up to and including the CPU root port. */
function chain(d: Design, id: string): { component: string; port: string }[] {
  const out: { component: string; port: string }[] = [];
  let cur = id;
  for (;;) {
    const up = d.links.find((l) => l.protocol === 'pcie' && l.to.component === cur);
    if (!up) return out;
    out.push(up.from);
    cur = up.from.component;
  }
}

/** nvidia-smi's class of a pair, derived with the rule in docs/import-export.md (test-local; perf owns the real one). */
function classOf(d: Design, a: string, b: string): string {
  const nv = d.links.filter((l) => l.protocol === 'nvlink');
  const direct = nv.find((l) => [l.from.component, l.to.component].sort().join() === [a, b].sort().join());
  const viaSwitch = nv
    .filter((l) => l.from.component === a)
    .find((l) => nv.some((m) => m.from.component === b && m.to.component === l.to.component));
  const per = findStandard(testCatalog, 'nvlink', 4)?.lanesPerLink ?? 1;
  if (direct ?? viaSwitch) return `NV${(direct ?? viaSwitch)!.width / per}`;
  const ca = chain(d, a);
  const cb = chain(d, b);
  const rootA = ca[ca.length - 1]!;
  const rootB = cb[cb.length - 1]!;
  if (rootA.component !== rootB.component) return 'SYS';
  const shared = ca.findIndex(
    (h) => h.component !== rootA.component && cb.some((g) => g.component === h.component),
  );
  if (shared >= 0)
    return shared === 0 && cb.findIndex((g) => g.component === ca[0]!.component) === 0 ? 'PIX' : 'PXB';
  // One CPU port per host bridge: the same port is PHB, another port of the same CPU is NODE.
  return rootA.port === rootB.port ? 'PHB' : 'NODE';
}

const idOf = (name: string): string =>
  `node0/${name.startsWith('GPU') ? 'gpu' : 'nic'}${name.replace(/\D/g, '')}`;

describe('nvidia-smi topo -m import', () => {
  it.each(['gcp-a4-highgpu-8g-8xB200-topo.txt', 'formats-nvidia-smi-topo-m.txt'])(
    '%s: every class re-derives from the synthesised tree',
    (file) => {
      const text = fixture(file);
      const m = parseSmiMatrix(text)!;
      const { design } = importNvidiaSmi(text, testCatalog, pciIds, file);
      for (let i = 0; i < m.names.length; i++) {
        for (let j = 0; j < m.names.length; j++) {
          if (i === j) continue;
          expect(`${m.names[i]}-${m.names[j]} ${classOf(design, idOf(m.names[i]!), idOf(m.names[j]!))}`).toBe(
            `${m.names[i]}-${m.names[j]} ${m.cells[i]![j]}`,
          );
        }
      }
    },
  );
  it('reads tab-separated output with ANSI underline codes in the header', () => {
    const text =
      '\x1b[4mGPU0\tGPU1\tCPU Affinity\tNUMA Affinity\x1b[0m\nGPU0\t X \tPHB\t0-23\t0\nGPU1\tPHB\t X \t0-23\t0\n';
    const m = parseSmiMatrix(`\t${text}`)!;
    expect(m.cells).toEqual([
      ['X', 'PHB'],
      ['PHB', 'X'],
    ]);
    expect(m.numa).toEqual([0, 0]);
  });
  it('a 4-GPU NV4 mesh stays direct links (4 x 3 = 12 <= 18 links per GPU), not a switch', () => {
    const row = (i: number) =>
      `GPU${i}\t${[0, 1, 2, 3].map((j) => (j === i ? 'X' : 'NV4')).join('\t')}\t0-7\t0`;
    const text = `\tGPU0\tGPU1\tGPU2\tGPU3\tCPU Affinity\tNUMA Affinity\n${[0, 1, 2, 3].map(row).join('\n')}\n`;
    const { design } = importNvidiaSmi(text, testCatalog, pciIds);
    expect(design.components.filter((c) => c.kind === 'nvlink-switch')).toHaveLength(0);
    expect(design.links.filter((l) => l.protocol === 'nvlink')).toHaveLength(6);
  });
});
