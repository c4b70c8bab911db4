/**
 * `compare`: the same figures for several designs side by side, so alternative fabrics (NVLink node, PCIe Gen6
 * switch fabric, UALink, Gen5 vs Gen6) can be judged on one workload. Each figure comes from the layer that owns
 * it: bom (counts, power, price), phy (margin), perf (scale-up bandwidth, domain, latency), sim (busbw).
 */
import { buildBom, type Bom } from '../bom/index.js';
import { loadPriceFile } from '../io/index.js';
import { hasErrors, kindTraits, type Design, type DraftIssue, type Issue } from '../model/index.js';
import * as perf from '../perf/index.js';
import type { PhyReport } from '../phy/index.js';
import { runDesignCollective, type CollectiveOp } from '../sim/index.js';
import type { Catalog } from '../catalog/index.js';
import type { BusbwPair, CompareResult, CompareRow } from '../report/compare.js';
import { alignTo } from './aligned.js';
import { checkDesign } from './check.js';
import { median } from '../calibrate/stats.js';

export type { BusbwPair, CompareResult, CompareRow };

/** nccl-tests' 1 GiB (2^30 bytes): the size the issue compares at. */
export const COMPARE_BYTES = 2 ** 30;

const qty = (bom: Bom, category: string): number =>
  bom.lines.filter((l) => l.category === category).reduce((a, l) => a + l.quantity, 0);

/** Runs one collective at 1 GiB; its warnings (e.g. an assumed in-switch reduction efficiency) go to `sink`. */
function busbw(
  design: Design,
  catalog: Catalog,
  phy: PhyReport,
  op: CollectiveOp,
  ranks: 'all' | string[],
  sink: DraftIssue[],
): number | null {
  if (ranks !== 'all' && ranks.length < 2) return null;
  const r = runDesignCollective(design, catalog, {
    op,
    algo: 'auto',
    sizes: [COMPARE_BYTES],
    ranks,
    trained: perf.trainedFromPhy(phy.links),
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

function rowOf(
  spec: string,
  design: Design,
  catalog: Catalog,
  phy: PhyReport,
  bom: Bom,
  sink: DraftIssue[],
): Omit<CompareRow, 'basis'> {
  const trained = perf.trainedFromPhy(phy.links);
  const f = perf.buildFabric(design, catalog, { trained });
  const findings = perf.designFindings(f, trained);
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
    domainGBps: busbw(design, catalog, phy, op, domain, sink),
    wholeGBps:
      accels.length > domain.length
        ? busbw(design, catalog, phy, op, 'all', sink)
        : busbw(design, catalog, phy, op, domain, sink),
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

/**
 * Checks every design (structure and physical layer) and computes its row; designs with errors get no row.
 * With `accelerators`, each design is first aligned to that count (see aligned.ts) and its row says how.
 */
export function compareDesigns(
  specs: string[],
  opts: { prices?: string; accelerators?: number } = {},
): CompareResult {
  const issues: Issue[] = [];
  const prices = opts.prices ? loadPriceFile(opts.prices) : null;
  if (prices) issues.push(...prices.issues);
  const rows: CompareRow[] = [];
  for (const given of specs) {
    const aligned = opts.accelerators === undefined ? null : alignTo(given, opts.accelerators);
    if (aligned) issues.push(...aligned.issues);
    if (aligned && !aligned.spec) continue;
    const spec = aligned?.spec ?? given;
    const checked = checkDesign(spec);
    issues.push(...checked.issues.filter((i) => i.severity !== 'info'));
    if (!checked.design || !checked.phy || hasErrors(checked.issues)) continue;
    const bom = buildBom(checked.design, checked.catalog, prices?.prices ?? null);
    issues.push(...checked.loaded.locate(bom.issues.filter((i) => i.severity !== 'info')));
    // Collective warnings (assumed efficiencies behind a busbw figure) are reported, not dropped.
    const simIssues: DraftIssue[] = [];
    const row = rowOf(given, checked.design, checked.catalog, checked.phy, bom, simIssues);
    rows.push({ ...row, basis: aligned?.basis ?? `as given: ${row.accelerators} accelerators` });
    const named = simIssues.map((i) => ({ ...i, message: `${checked.design!.name}: ${i.message}` }));
    issues.push(...checked.loaded.locate(named));
  }
  return { rows, currency: prices?.prices?.currency ?? null, issues };
}
