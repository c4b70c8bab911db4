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

describe('truncated nvidia-smi topo -m', () => {
  // gcp-a4-highgpu-8g-8xB200-topo.txt: header on line 6, rows GPU0-7 on 7-14, NIC0-7 on 15-22, NIC Legend at the end.
  const full = fixture('gcp-a4-highgpu-8g-8xB200-topo.txt');
  const lines = full.split('\n');
  const codes = (r: ReturnType<typeof importNvidiaSmi>) => r.issues.map((i) => i.code);
  const count = (r: ReturnType<typeof importNvidiaSmi>, kind: string) =>
    r.design.components.filter((c) => c.kind === kind).length;
  it('cut after the GPU3 row: imports GPU0-3 with a warning naming the 12 devices missing', () => {
    const r = importNvidiaSmi(lines.slice(0, 10).join('\n'), testCatalog, pciIds);
    expect([count(r, 'accelerator'), count(r, 'nic')]).toEqual([4, 0]);
    const w = r.issues.find((i) => i.code === 'smi-matrix-truncated')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toMatch(/GPU4, GPU5, GPU6, GPU7, NIC0, .*NIC7 missing/);
    expect(codes(r)).not.toContain('smi-no-matrix');
  });
  it('cut inside a cell of the GPU5 row ("NV1" of "NV18"): that row is dropped, GPU0-4 imported', () => {
    const cut = lines.slice(0, 11).join('\n') + '\n' + lines[11]!.slice(0, lines[11]!.indexOf('X') + 10);
    expect(cut.endsWith('NV1')).toBe(true);
    const r = importNvidiaSmi(cut, testCatalog, pciIds);
    expect(count(r, 'accelerator')).toBe(5);
    expect(r.issues.find((i) => i.code === 'smi-matrix-truncated')?.message).toMatch(/rows of GPU5, GPU6/);
  });
  it('cut inside the NIC Legend after NIC4: all 16 devices, a warning for the 3 unnamed NICs', () => {
    const at = full.indexOf('  NIC5: mlx5_5');
    const r = importNvidiaSmi(full.slice(0, at), testCatalog, pciIds);
    expect([count(r, 'accelerator'), count(r, 'nic')]).toEqual([8, 8]);
    expect(codes(r)).not.toContain('smi-matrix-truncated');
    expect(r.issues.find((i) => i.code === 'smi-legend-incomplete')?.message).toMatch(
      /is cut: .*NIC5, NIC6, NIC7 unknown/,
    );
    expect(r.design.components.find((c) => c.infos?.netDevices === 'mlx5_4')).toBeDefined();
  });
  it('the whole file: no truncation warning', () => {
    const r = importNvidiaSmi(full, testCatalog, pciIds);
    expect(codes(r)).not.toContain('smi-matrix-truncated');
    expect(codes(r)).not.toContain('smi-legend-incomplete');
  });
});
