import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../src/api/index.js';
import { runCli } from '../support/run-cli.js';

describe('rackwire compare', () => {
  const r = compareDesigns(['builtin:hgx-h100-8', 'builtin:scorpio-gen6-16', 'builtin:pcie-l40s-8']);
  const [hgx, scorpio, l40s] = r.rows;

  it('compares an NVLink node with a PCIe Gen6 switch fabric and a PCIe-only box', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.accelerators, x.scaleUpDomainSize])).toEqual([
      ['hgx-h100-8', 8, 8],
      ['scorpio-gen6-16', 16, 16], // all 16 share the Scorpio X fabric (PIX, no host bridge)
      ['pcie-l40s-8', 8, 2], // a PCIe switch pairs two L40S; other peers go through the CPU
    ]);
  });

  it('reports per-accelerator scale-up bandwidth from the links', () => {
    // H100: 18 NVLink4 links × 25 GB/s per direction (catalog nvlink4)
    expect(hgx!.scaleUpGBpsPerAccelerator.rawGBps).toBe(450);
    expect(scorpio!.scaleUpGBpsPerAccelerator.rawGBps).toBeGreaterThan(100);
  });

  it('takes the worst physical margin from the link budgets', () => {
    // hgx-h100-8 CPU→switch: 9 + 10 in × 0.47 + 2 × 0.7 + 1.5 + 3 in × 0.47 + 9 = 27.01 dB of 36 dB
    expect(hgx!.worstMarginDb).toBeCloseTo(8.99, 2);
  });

  it('shows unknown part power as a gap, never as zero', () => {
    // hgx-h100-8: 8 × H100 700 W + 2 × Xeon 8480C 350 W + 4 × PEX89144 54 W + 8 × ConnectX-7 25 W
    // + 4 × NVSwitch gen3 113 W = 7,168 W, every part known
    expect(hgx).toMatchObject({
      powerW: 8 * 700 + 2 * 350 + 4 * 54 + 8 * 25 + 4 * 113,
      unknownPowerParts: 0,
    });
    // scorpio-gen6-16: the generic XPUs, the Scorpio X320 and the Thor Ultra NICs have no figure: a gap, not zero
    expect(scorpio!.unknownPowerParts).toBeGreaterThan(0);
  });

  it('counts switches and cables from the bill of materials', () => {
    expect([hgx!.pcieSwitches, hgx!.scaleUpSwitches]).toEqual([4, 4]);
    expect(scorpio!.pcieSwitches).toBe(1);
    expect(Object.values(scorpio!.cablesByType).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('keeps collective results within what the links allow', () => {
    // L40S pairs share a Gen4 x16 switch: a ring cannot beat one x16 Gen4 direction, 31.5 GB/s raw.
    expect(l40s!.allReduceBusbwGBps.domainGBps!).toBeGreaterThan(0);
    expect(l40s!.allReduceBusbwGBps.domainGBps!).toBeLessThan(31.5);
    expect(hgx!.allReduceBusbwGBps.domainGBps!).toBeGreaterThan(l40s!.allReduceBusbwGBps.domainGBps!);
  });

  it('prints one JSON object and marks differing rows in text', async () => {
    const json = await runCli(['compare', 'builtin:hgx-h100-8', 'builtin:ualink-8', '--json']);
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as { designs: { name: string }[]; bytes: number };
    expect(body.bytes).toBe(2 ** 30);
    expect(body.designs.map((d) => d.name)).toEqual(['hgx-h100-8', 'ualink-8']);
    const text = await runCli(['compare', 'builtin:hgx-h100-8', 'builtin:hgx-h100-8']);
    expect(text.stdout).toContain('  accelerators'); // identical designs: no row marked
    expect(text.stdout).not.toMatch(/^\* accelerators/m);
  });
});

describe('rackwire compare --accelerators', () => {
  const r = compareDesigns(['builtin:hgx-h100-8', 'builtin:scorpio-gen6-16'], { accelerators: 16 });
  const [hgx, scorpio] = r.rows;

  it('plans the 8-GPU preset to 16 and takes the 16-GPU one as given; each row says how', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.rows.map((x) => x.accelerators)).toEqual([16, 16]);
    // 16 / 8 per node = 2 nodes; 16 NIC ports fit one 64-port QM9700: 1 leaf, no spine
    expect(hgx!.basis).toBe('planned: 2 × hgx-h100-8, 1 leaf / 0 spine (400G infiniband)');
    expect(scorpio!.basis).toBe('as given: 16 accelerators');
    expect(hgx!.scaleOutSwitches).toBe(1);
  });

  it('keeps NVLS inside each planned HGX node: the in-domain all_reduce equals the single node', () => {
    const single = compareDesigns(['builtin:hgx-h100-8']).rows[0]!;
    // the builtin's 8 GPUs run NVLS (486.9 GB/s busbw at 1 GiB); a planned node has its own NVSwitches
    expect(hgx!.allReduceBusbwGBps.domainGBps).toBeCloseTo(single.allReduceBusbwGBps.domainGBps!, 6);
    // across both nodes no one switch reduces for every rank, so no flat NVLS: NVLS-tree instead (each node's
    // switch reduces, a tree over the NICs joins them). Each rank's NVLS traffic is what it is in one node, so
    // algbw is at most the domain's and busbw at most 2(16-1)/16 / (2(8-1)/8) = 1.0714 times the domain's
    const ratio = hgx!.allReduceBusbwGBps.wholeGBps! / hgx!.allReduceBusbwGBps.domainGBps!;
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThanOrEqual(30 / 16 / (14 / 8));
  });

  it('names the way out for a file that cannot be planned to the count', () => {
    const bad = compareDesigns(['examples/hgx-h100-8.yaml'], { accelerators: 16 });
    expect(bad.rows).toEqual([]);
    expect(bad.issues.map((i) => i.code)).toContain('compare-not-aligned');
  });
});
