/** Part counts and wiring of reference designs against the public descriptions they cite. */
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/io/index.js';
import type { Design } from '../../src/model/index.js';

/** Loads a builtin design; it must load without errors. */
const load = (name: string): Design => {
  const l = loadDesign(`builtin:${name}`);
  expect(l.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return l.design!;
};
const countOf = (d: Design, part: string) => d.components.filter((c) => c.part === part).length;
const linksBetween = (d: Design, a: string, b: string) =>
  d.links.filter(
    (l) =>
      (l.from.component === a && l.to.component === b) || (l.from.component === b && l.to.component === a),
  ).length;

describe('hgx-h100-8 (docs.nvidia.com DGX BasePOD core components; DGX H100 User Guide §1.2.3)', () => {
  const d = load('hgx-h100-8');
  it('has 8 H100, 4 NVSwitch, 2 Xeon 8480C, 4 PCIe switches and 8 ConnectX-7', () => {
    expect(countOf(d, 'nvidia-h100-sxm5')).toBe(8);
    expect(countOf(d, 'nvidia-nvswitch-gen3')).toBe(4);
    expect(countOf(d, 'intel-xeon-8480c')).toBe(2);
    expect(d.components.filter((c) => c.kind === 'pcie-switch')).toHaveLength(4);
    expect(countOf(d, 'nvidia-connectx7')).toBe(8);
  });
});

describe('gb200-nvl72 (nvidia.com/en-au/data-center/nvlink; setloop.io GB200 NVL72 architecture)', () => {
  const d = load('gb200-nvl72');
  const asics = d.components.filter((c) => c.part === 'nvidia-nvlink5-switch');
  const gpus = d.components.filter((c) => c.part === 'nvidia-b200-gb200');

  it('has 72 B200 and 36 Grace', () => {
    expect(gpus).toHaveLength(72);
    expect(countOf(d, 'nvidia-grace')).toBe(36);
  });

  it('has 18 compute trays and 9 switch trays (node containers) in one rack', () => {
    const nodes = d.containers.filter((c) => c.level === 'node');
    expect(nodes.filter((n) => n.module === 'gb200-compute-tray')).toHaveLength(18);
    expect(nodes.filter((n) => n.module === 'nvlink-switch-tray')).toHaveLength(9);
    expect(d.containers.filter((c) => c.level === 'rack')).toHaveLength(1);
  });

  it('each compute tray holds 2 Grace + 4 B200; each switch tray 2 NVLink 5 ASICs (18 in all)', () => {
    const inTray = (tray: string, part: string) =>
      d.components.filter((c) => c.container === tray && c.part === part).length;
    expect(inTray('rack0/compute7', 'nvidia-grace')).toBe(2);
    expect(inTray('rack0/compute7', 'nvidia-b200-gb200')).toBe(4);
    expect(inTray('rack0/nvswitch4', 'nvidia-nvlink5-switch')).toBe(2);
    expect(asics).toHaveLength(18);
  });

  it('links every GPU exactly once to each of the 18 ASICs (18 links × 72 GPUs = 1,296)', () => {
    const nvlinks = d.links.filter((l) => l.protocol === 'nvlink');
    expect(nvlinks).toHaveLength(1296);
    for (const g of gpus)
      for (const a of asics) expect(linksBetween(d, g.id, a.id), `${g.id} ↔ ${a.id}`).toBe(1);
    // 72 ports per ASIC, each used once: 144 per tray ÷ 2 ASICs
    for (const a of asics)
      expect(new Set(nvlinks.filter((l) => l.to.component === a.id).map((l) => l.to.port)).size).toBe(72);
  });

  it('ties each B200 to its superchip Grace over one NVLink-C2C link', () => {
    const c2c = d.links.filter((l) => l.protocol === 'c2c');
    expect(c2c).toHaveLength(72);
    expect(linksBetween(d, 'rack0/compute3/gpu2', 'rack0/compute3/cpu1')).toBe(1);
  });
});

describe('other reference designs', () => {
  it('hgx-a100-8: 6 NVSwitch gen2, each A100 sends 2 of its 12 NVLink 3 links to each (stas00; amcompute)', () => {
    const d = load('hgx-a100-8');
    expect(countOf(d, 'nvidia-a100-sxm4')).toBe(8);
    expect(countOf(d, 'nvidia-nvswitch-gen2')).toBe(6);
    for (let g = 0; g < 8; g++)
      for (let s = 0; s < 6; s++) expect(linksBetween(d, `node0/gpu${g}`, `node0/nvsw${s}`)).toBe(2);
  });

  it('hgx-b200-8: 2 NVLink switch chips, 9 links from each B200 to each (18 = 2 × 9; STH HGX B200)', () => {
    const d = load('hgx-b200-8');
    expect(countOf(d, 'nvidia-nvlink5-switch')).toBe(2);
    for (let g = 0; g < 8; g++)
      for (let s = 0; s < 2; s++) expect(linksBetween(d, `node0/gpu${g}`, `node0/nvsw${s}`)).toBe(9);
  });

  for (const name of ['mi300x-8', 'mi325x-8', 'mi355x-8'])
    it(`${name}: a full xGMI mesh, every GPU pair linked exactly once (C(8,2) = 28 links; wheelersnetwork)`, () => {
      const d = load(name);
      expect(
        d.links.filter((l) => l.from.component.includes('/gpu') && l.protocol === 'infinity-fabric'),
      ).toHaveLength(28);
      for (let a = 0; a < 8; a++)
        for (let b = a + 1; b < 8; b++) expect(linksBetween(d, `node0/gpu${a}`, `node0/gpu${b}`)).toBe(1);
    });

  it('scorpio-gen6-16: 16 accelerators on one 320-lane switch, all 320 lanes declared (16 + 1 + 3 ports × 16)', () => {
    const d = load('scorpio-gen6-16');
    const sw = d.components.filter((c) => c.part === 'astera-scorpio-x320');
    expect(sw).toHaveLength(1);
    expect(sw[0]!.ports.reduce((n, p) => n + p.lanes, 0)).toBe(320);
    expect(d.links.filter((l) => l.from.component === sw[0]!.id && l.gen === 6)).toHaveLength(19);
    expect(d.links.filter((l) => l.protocol === 'nvlink')).toHaveLength(0);
  });

  it('ualink-8: each accelerator has one x4 link to each of 4 UALink switches (8 × 4 = 32)', () => {
    const d = load('ualink-8');
    const ual = d.links.filter((l) => l.protocol === 'ualink');
    expect(ual).toHaveLength(32);
    expect(ual.every((l) => l.width === 4)).toBe(true);
    for (let g = 0; g < 8; g++)
      for (let k = 0; k < 4; k++) expect(linksBetween(d, `node0/gpu${g}`, `node0/ualsw${k}`)).toBe(1);
  });
});
