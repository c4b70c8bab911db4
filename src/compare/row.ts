/**
 * One design's comparison row: the same figures for every design, each from the layer that owns it: bom (counts,
 * power, price), phy (margin), perf (scale-up bandwidth, domain, latency), sim (busbw). Computed on the design as
 * prepared once (its physical report, trained links and path fabric); nothing here rebuilds the fabric.
 */
import type { Bom } from '../bom/index.js';
import type { Catalog } from '../catalog/index.js';
import { median } from '../calibrate/stats.js';
import { kindTraits, type Design, type DraftIssue } from '../model/index.js';
import * as perf from '../perf/index.js';
import type { PhyReport } from '../phy/index.js';
import { runDesignCollective, type CollectiveOp } from '../sim/index.js';
import type { BusbwPair, CompareRow } from './types.js';

/** nccl-tests' 1 GiB (2^30 bytes): the size the issue compares at. */
export const COMPARE_BYTES = 2 ** 30;

/** A design as prepared for comparison: what the row's figures are read from. */
export interface CompareInput {
  design: Design;
  catalog: Catalog;
  phy: PhyReport;
  trained: perf.TrainedMap;
  fabric: perf.Fabric;
  bom: Bom;
}

const qty = (bom: Bom, category: string): number =>
  bom.lines.filter((l) => l.category === category).reduce((a, l) => a + l.quantity, 0);

/** Runs one collective at 1 GiB; its warnings (e.g. an assumed in-switch reduction efficiency) go to `sink`. */
function busbw(
  d: CompareInput,
  op: CollectiveOp,
  ranks: 'all' | string[],
  sink: DraftIssue[],
): number | null {
  if (ranks !== 'all' && ranks.length < 2) return null;
  const r = runDesignCollective(d.design, d.catalog, {
    op,
    algo: 'auto',
    sizes: [COMPARE_BYTES],
    ranks,
    trained: d.trained,
    fabric: d.fabric,
  });
  for (const i of r.issues)
    if (i.severity !== 'info' && !sink.some((o) => o.code === i.code && o.message === i.message))
      sink.push(i);
  return r.results[0]?.busbwGBps ?? null;
}

/**
 * Classes of a peer path that stays inside a scale-up domain: scale-up links (NVLink, xGMI, UALink, scale-up
 * Ethernet, C2C) or a
 * PCIe switch fabric without crossing a host bridge (PIX/PXB), as a Scorpio-X-class Gen6 fabric does.
 */
const IN_DOMAIN = /^(NV|XGMI|UAL|ETH|C2C)\d+$|^PIX$|^PXB$/;

/** The first accelerator's scale-up domain: itself and every accelerator of its rack (or node) it reaches in-domain. */
function firstDomain(
  f: perf.Fabric,
  design: Design,
  accels: string[],
): { ids: string[]; m: perf.PathMatrices } | null {
  const first = design.components.find((c) => c.id === accels[0]);
  if (!first) return null;
  // Domains do not cross racks (or nodes of a rackless design); limiting the candidates keeps this linear.
  const top = (id: string) =>
    id
      .split('/')
      .slice(0, Math.max(1, id.split('/').length - 1))
      .slice(0, 1)[0];
  const candidates = accels.filter((a) => top(a) === top(first.id));
  const m = perf.pathMatrices(f, candidates, { profile: 'raw' });
  const ids = candidates.filter(
    (b, j) => j === 0 || (IN_DOMAIN.test(m.class[0]?.[j] ?? '') && m.p2p[0]?.[j] === true),
  );
  return { ids, m };
}

/** The row of `spec` (its basis is the caller's); collective warnings go to `sink`. */
export function compareRow(spec: string, d: CompareInput, sink: DraftIssue[]): Omit<CompareRow, 'basis'> {
  const { design, phy, bom, fabric: f } = d;
  const findings = perf.designFindings(f, d.trained);
  const accels = design.components.filter((c) => kindTraits(c.kind).isAccelerator).map((c) => c.id);
  const dom = firstDomain(f, design, accels);
  const domain = dom?.ids ?? [];
  const inDomain = (i: number, j: number) =>
    i !== j && domain.includes(dom!.m.devices[i]!) && domain.includes(dom!.m.devices[j]!);
  const pairValues = (mat: (number | null)[][] | undefined) =>
    (mat ?? []).flatMap((row, i) => row.filter((v, j): v is number => v !== null && inDomain(i, j)));
  const latencies = pairValues(dom?.m.hwLatencyNs);
  const scaleUpRaw = findings.scaleUp.map((s) => s.rawGBps).filter((v): v is number => v !== null);
  const scaleUpNccl = findings.scaleUp.map((s) => s.ncclGBps).filter((v): v is number => v !== null);
  const margins = phy.links.map((l) => l.marginDb).filter((v): v is number => v !== null);
  const cablesByType: Record<string, number> = {};
  for (const l of bom.lines)
    if (l.category === 'cables' || l.category === 'optics') cablesByType[l.part] = l.quantity;
  const pair = (op: CollectiveOp): BusbwPair => ({
    domainGBps: busbw(d, op, domain, sink),
    wholeGBps: accels.length > domain.length ? busbw(d, op, 'all', sink) : busbw(d, op, domain, sink),
  });
  return {
    design: spec,
    name: design.name,
    accelerators: accels.length,
    scaleUpDomainSize: domain.length,
    // Without scale-up links (a PCIe switch fabric), the bandwidth an accelerator gets to its peers is its path's.
    scaleUpGBpsPerAccelerator: scaleUpRaw.length
      ? { rawGBps: median(scaleUpRaw), ncclGBps: median(scaleUpNccl) }
      : { rawGBps: domain.length > 1 ? median(pairValues(dom?.m.bwGBps)) : null, ncclGBps: null },
    allReduceBusbwGBps: pair('all_reduce'),
    allToAllBusbwGBps: pair('all_to_all'),
    p2pLatencyNs: median(latencies),
    worstMarginDb: margins.length ? Math.min(...margins) : null,
    retimers: qty(bom, 'retimers'),
    pcieSwitches: qty(bom, 'pcie-switches'),
    scaleUpSwitches: qty(bom, 'scale-up-switches'),
    scaleOutSwitches: qty(bom, 'scale-out-switches'),
    cablesByType,
    powerW: bom.totals.powerW,
    unknownPowerParts: bom.lines.filter((l) => l.unitPowerW === null).reduce((a, l) => a + l.quantity, 0),
    price: bom.totals.price,
  };
}
