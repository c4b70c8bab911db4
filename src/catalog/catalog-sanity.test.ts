// Sanity of the built-in catalog: budgets, rates, Nyquist, loss slopes, reach, ports, protocols, power.
import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../model/index.js';
import { builtinCatalog } from './catalog.js';

const c = builtinCatalog();
const pcie = c.standards.filter((s) => s.protocol === 'pcie').sort((a, b) => (a.gen ?? 0) - (b.gen ?? 0));
const ascending = (points: { freqGHz: number; db: number }[]) =>
  [...points].sort((a, b) => a.freqGHz - b.freqGHz).every((p, i, all) => i === 0 || p.db > all[i - 1]!.db);

describe('standards', () => {
  it('has positive loss budgets where one is given, and splits that add up to them', () => {
    for (const s of c.standards) {
      if (s.lossBudgetDb != null) expect(s.lossBudgetDb, s.id).toBeGreaterThan(0);
      if (s.budgetSplit && s.lossBudgetDb != null) {
        const b = s.budgetSplit;
        expect(b.rootPackageDb + b.cemConnectorDb + b.addInCardDb + b.systemBoardDb, s.id).toBeCloseTo(
          s.lossBudgetDb,
          6,
        );
      }
    }
  });

  it('has PCIe Gen1-7, rates strictly increasing and doubling from Gen3 on', () => {
    expect(pcie.map((s) => s.gen)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let i = 1; i < pcie.length; i++) {
      const [prev, cur] = [pcie[i - 1]!, pcie[i]!];
      expect(cur.rateGTps!, cur.id).toBeGreaterThan(prev.rateGTps!);
      if ((prev.gen ?? 0) >= 3) expect(cur.rateGTps, cur.id).toBe(2 * prev.rateGTps!);
    }
  });

  it('puts Nyquist at rate/2 for NRZ and rate/4 for PAM4', () => {
    const checked = c.standards.filter((s) => s.rateGTps && s.nyquistGHz && s.signalling);
    expect(checked.length).toBeGreaterThanOrEqual(10);
    for (const s of checked) {
      const bitsPerSymbol = s.signalling === 'PAM4' ? 2 : 1;
      expect(s.nyquistGHz!, s.id).toBeCloseTo(s.rateGTps! / bitsPerSymbol / 2, 9);
    }
  });

  it('agrees with itself: lane rate × lanes per link / 8 = link GB/s per direction', () => {
    const full = c.standards.filter((s) => s.laneRateGbps && s.lanesPerLink && s.linkGBpsPerDir);
    expect(full.map((s) => s.id).sort()).toEqual(['nvlink3', 'nvlink4', 'nvlink5', 'ualink1', 'xgmi-mi300x']);
    for (const s of full) expect((s.laneRateGbps! * s.lanesPerLink!) / 8, s.id).toBe(s.linkGBpsPerDir);
  });

  it('places CXL on the PCIe PHY of a catalogued generation', () => {
    for (const s of c.standards.filter((x) => x.protocol === 'cxl')) {
      const phy = pcie.find((p) => p.gen === s.pciePhyGen);
      expect(phy?.rateGTps, s.id).toBe(s.rateGTps);
    }
  });
});

describe('physical media', () => {
  it('has material loss rising with frequency', () => {
    for (const m of c.materials) expect(ascending(m.lossPerInch), m.id).toBe(true);
  });

  it('has cable loss per metre rising with frequency, and a positive reach', () => {
    for (const cable of c.cables) {
      expect(cable.maxReachM, cable.id).toBeGreaterThan(0);
      if (cable.minReachM !== undefined) expect(cable.minReachM, cable.id).toBeLessThan(cable.maxReachM);
      if (cable.lossPerM) expect(ascending(cable.lossPerM), cable.id).toBe(true);
      expect(cable.laneRateGbps !== undefined || cable.maxGen !== undefined, cable.id).toBe(true);
    }
  });

  it('resets the channel only where a DSP or retimer sits in the plug', () => {
    for (const cable of c.cables.filter((x) => x.medium === 'passive-copper'))
      expect(cable.resetsChannelBudget, cable.id).toBe(false);
    for (const cable of c.cables.filter((x) => x.medium === 'aec'))
      expect(cable.resetsChannelBudget, cable.id).toBe(true);
  });
});

describe('parts', () => {
  const ports = c.parts.flatMap((p) => p.ports.map((port) => ({ part: p, port })));

  it('has ports with positive lanes and known protocols, with unique names per part', () => {
    for (const { part, port } of ports) {
      expect(port.lanes, `${part.id}.${port.name}`).toBeGreaterThan(0);
      for (const proto of [port.protocol, ...(port.altProtocols ?? [])]) expect(PROTOCOLS).toContain(proto);
      expect(port.name.includes('{i}'), `${part.id}.${port.name}`).toBe(port.count !== undefined);
    }
    for (const p of c.parts) expect(new Set(p.ports.map((x) => x.name)).size, p.id).toBe(p.ports.length);
  });

  it('keeps PCIe/CXL port generations within Gen1-7 and gives network ports a lane rate', () => {
    for (const { part, port } of ports) {
      // Generic stand-ins for imported devices leave the generation open (the import carries what was read).
      if ((port.protocol === 'pcie' || port.protocol === 'cxl') && part.vendor !== 'generic') {
        expect(port.maxGen, `${part.id}.${port.name}`).toBeGreaterThanOrEqual(1);
        expect(port.maxGen!, `${part.id}.${port.name}`).toBeLessThanOrEqual(7);
      }
      if (['ethernet', 'infiniband', 'ualink'].includes(port.protocol))
        expect(port.laneRateGbps, `${part.id}.${port.name}`).toBeGreaterThan(0);
    }
  });

  it('sizes NVLink ports in whole links of their generation', () => {
    for (const { part, port } of ports.filter((x) => x.port.protocol === 'nvlink')) {
      const std = c.standards.find((s) => s.protocol === 'nvlink' && s.gen === port.maxGen);
      expect(std, `${part.id}.${port.name}`).toBeDefined();
      expect(port.lanes % std!.lanesPerLink!, `${part.id}.${port.name}`).toBe(0);
    }
  });

  it('has power in sane ranges', () => {
    for (const p of c.parts.filter((x) => x.powerW !== null)) {
      expect(p.powerW!, p.id).toBeGreaterThan(0);
      expect(p.powerW!, p.id).toBeLessThan(2000);
    }
    expect(
      c.parts.filter((p) => p.kind === 'accelerator' && p.powerW !== null).length,
    ).toBeGreaterThanOrEqual(10);
  });

  it('fits each configurable switch template inside its lanes and port limit', () => {
    for (const p of c.parts.filter((x) => x.lanes !== undefined)) {
      const used = p.ports.reduce((sum, port) => sum + port.lanes * (port.count ?? 1), 0);
      const count = p.ports.reduce((sum, port) => sum + (port.count ?? 1), 0);
      expect(used, p.id).toBeLessThanOrEqual(p.lanes!);
      if (p.maxPorts) expect(count, p.id).toBeLessThanOrEqual(p.maxPorts);
    }
  });

  it('has switch capacity equal to ports × lanes × lane rate', () => {
    /** A port's per-lane rate: its own, else the standard of its protocol and generation (Gb/s). */
    const laneGbps = (protocol: string, gen: number | undefined, own: number | undefined) =>
      own ??
      c.standards.find((s) => s.protocol === protocol && s.gen === gen)?.laneRateGbps ??
      c.standards.find((s) => s.protocol === protocol && s.gen === gen)?.rateGTps;
    const switches = c.parts.filter((p) => p.capacityTbps !== undefined);
    expect(switches.length).toBeGreaterThanOrEqual(7);
    for (const p of switches) {
      const gbps = p.ports.reduce(
        (sum, port) =>
          sum + (port.count ?? 1) * port.lanes * laneGbps(port.protocol, port.maxGen, port.laneRateGbps)!,
        0,
      );
      expect(gbps / 1000, p.id).toBeCloseTo(p.capacityTbps!, 6);
    }
  });
});
