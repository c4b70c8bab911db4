import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bomOfDesign } from '../../src/api/index.js';
import { bomCsv, bomJson, bomText } from '../../src/report/bom.js';

const line = (r: ReturnType<typeof bomOfDesign>, part: string) => r.bom!.lines.find((l) => l.part === part)!;

describe('bill of materials', () => {
  it('counts hgx-h100-8 by category, with power only where the catalog has it', () => {
    const r = bomOfDesign('examples/hgx-h100-8.yaml');
    expect(r.bom!.lines.map((l) => [l.category, l.part, l.quantity])).toEqual([
      ['accelerators', 'nvidia-h100-sxm5', 8],
      ['cpus', 'intel-xeon-8480c', 2],
      ['pcie-switches', 'broadcom-pex89144', 4],
      ['nics', 'nvidia-connectx7', 8],
      ['scale-up-switches', 'nvidia-nvswitch-gen3', 4],
    ]);
    // 8 H100 SXM5 × 700 W (catalog, sourced); CPUs, PCIe switches, NICs and NVSwitches now have figures too
    expect(line(r, 'nvidia-h100-sxm5').powerW).toBe(5600);
    expect(line(r, 'intel-xeon-8480c').powerW).toBe(2 * 350);
    // 5,600 GPUs + 700 CPUs + 4 × 54 PEX89144 + 8 × 25 ConnectX-7 + 4 × 113 NVSwitch gen3
    expect(r.bom!.totals.powerW).toBe(5600 + 700 + 216 + 200 + 452);
    expect(r.issues.map((i) => i.code)).toEqual([]);
    // A design that still holds parts without a figure reports them (Leo CXL controllers, generic NVMe)
    const cxl = bomOfDesign('examples/cxl-memory-server.yaml');
    expect(cxl.issues.map((i) => i.code)).toContain('power-unknown');
  });

  it('names the interconnect vendors by domain, compute left out', () => {
    const r = bomOfDesign('examples/hgx-h100-8.yaml');
    expect(r.bom!.byVendor).toEqual([
      { vendor: 'Broadcom', domain: 'server', parts: [{ part: 'broadcom-pex89144', quantity: 4 }] },
      { vendor: 'NVIDIA', domain: 'scale-up', parts: [{ part: 'nvidia-nvswitch-gen3', quantity: 4 }] },
      { vendor: 'NVIDIA', domain: 'scale-out', parts: [{ part: 'nvidia-connectx7', quantity: 8 }] },
    ]);
  });

  it('counts cables from channels and rolls power up per node and rack', () => {
    const r = bomOfDesign('examples/rack-4x-hgx.yaml');
    // 4 nodes × 8 NICs, one 2 m DAC each; 0.1 W per end (catalog) → 0.2 W a cable
    expect(line(r, 'dac-100g-pam4')).toMatchObject({ category: 'cables', quantity: 32, unitPowerW: 0.2 });
    expect(line(r, 'dac-100g-pam4').powerW).toBeCloseTo(6.4, 10);
    const rack = r.bom!.power.find((p) => p.id === 'rack0')!;
    // 4 nodes × 7,168 W (see above) + one QM9700 747 W + 6.4 W of cables; the rack's limit is 45 kW
    expect(rack.powerW).toBeCloseTo(4 * 7168 + 747 + 6.4, 6);
    expect(rack.limitW).toBe(45_000);
    expect(r.bom!.power.find((p) => p.id === 'rack0/node2')!.powerW).toBe(7168);
  });

  it('prices lines only from the price file and totals them', () => {
    const r = bomOfDesign('examples/hgx-h100-8.yaml', { prices: 'test/fixtures/bom/prices-complete.yaml' });
    // 8×25,000 + 2×10,000 + 4×500 + 8×1,500 + 4×2,000 = 242,000
    expect(r.bom!.totals).toMatchObject({ price: 242_000, currency: 'USD' });
    expect(line(r, 'nvidia-connectx7')).toMatchObject({ unitPrice: 1500, price: 12_000 });
    expect(bomOfDesign('examples/hgx-h100-8.yaml').bom!.lines.every((l) => l.price === null)).toBe(true);
  });

  it('a price file missing parts prices the rest and lists the unpriced lines (a warning naming them)', () => {
    const r = bomOfDesign('examples/hgx-h100-8.yaml', { prices: 'test/fixtures/bom/prices-missing.yaml' });
    // priced: 8 × 25,000 + 2 × 10,000 + 4 × 500 = 222,000; the whole price is unknown (null)
    expect(r.bom!.totals).toMatchObject({
      price: null,
      pricedTotal: 222_000,
      unpriced: [
        { part: 'nvidia-connectx7', quantity: 8 },
        { part: 'nvidia-nvswitch-gen3', quantity: 4 },
      ],
    });
    expect(bomText(r.bom!)).toContain(
      'priced lines: 222000.00 USD; unpriced (not in the total): nvidia-connectx7 x8, nvidia-nvswitch-gen3 x4',
    );
    const issue = r.issues.find((i) => i.code === 'price-missing')!;
    expect(issue.severity).toBe('warning');
    expect(issue.message).toContain('nvidia-connectx7');
    expect(issue.message).toContain('nvidia-nvswitch-gen3');
    expect(issue.file).toBe('test/fixtures/bom/prices-missing.yaml');
  });

  it('writes CSV with quoting where a field needs it', () => {
    const r = bomOfDesign('examples/hgx-h100-8.yaml');
    const csv = bomCsv(r.bom!).split('\n');
    expect(csv[0]).toBe('category,part,name,vendor,quantity,unitPowerW,powerW,unitPrice,price');
    expect(csv[1]).toBe('accelerators,nvidia-h100-sxm5,H100 SXM5 80GB,NVIDIA,8,700,5600,,');
    expect(csv.some((l) => l.includes('"PEX89144 (Gen5, 144 lanes, 72 ports)"'))).toBe(true);
  });

  // Golden files: regenerate with UPDATE_GOLDEN=1 and review the diff.
  for (const name of ['hgx-h100-8', 'cxl-memory-server']) {
    it(`matches the golden BOM of ${name}`, () => {
      const json = JSON.stringify(bomJson(bomOfDesign(`examples/${name}.yaml`).bom!), null, 2) + '\n';
      const golden = `test/fixtures/bom/expected/${name}.bom.json`;
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, json);
      expect(json).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
