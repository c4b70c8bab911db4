/**
 * The design review report: prepare the design once (load, structure, physical layer, fabric), run each analysis
 * on it, and build one self-contained HTML page from the results.
 */
import { buildBom } from '../bom/index.js';
import { hasErrors, kindTraits, RackwireError, type Issue } from '../model/index.js';
import { pathsQuery } from '../perf/index.js';
import { recommendedMarginDb } from '../phy/index.js';
import { phyWaterfallSvg } from '../report/phy-waterfall.js';
import { reportHtml } from '../report/html/page.js';
import type { ReportCollective, ReportData } from '../report/html/types.js';
import { runDesignCollective, type CollectiveOp } from '../sim/index.js';
import { drawingOfDesign } from './drawing.js';
import { prepareDesign, type PreparedDesign } from './prepare.js';

/** The collectives the report charts: the four that dominate training (data-parallel, FSDP/ZeRO, MoE). */
export const REPORT_OPS: CollectiveOp[] = ['all_reduce', 'all_gather', 'reduce_scatter', 'all_to_all'];
/** nccl-tests style sweep: 1 KiB to 1 GiB in steps of 4x (`-b 1K -e 1G -f 4`). */
export const REPORT_SIZES: number[] = Array.from({ length: 11 }, (_, i) => 1024 * 4 ** i);
/** Waterfalls drawn for the links with the smallest margin. */
const WORST_LINKS = 3;

export interface ReportOptions {
  sizes?: number[];
  ops?: CollectiveOp[];
}

export interface ReportRun {
  file: string;
  /** Null when the design did not load or has errors. */
  html: string | null;
  data: ReportData | null;
  issues: Issue[];
}

function collectivesOf(p: PreparedDesign, ops: CollectiveOp[], sizes: number[]): ReportCollective[] {
  const design = p.design!;
  const accelerators = design.components.filter((c) => kindTraits(c.kind).isAccelerator).length;
  return ops.map((op) => {
    if (accelerators < 2) return { op, rows: [], skipped: 'fewer than two accelerators' };
    try {
      const r = runDesignCollective(design, p.catalog, {
        op,
        algo: 'auto',
        sizes,
        trained: p.trained,
        fabric: p.fabric,
        calibration: null,
      });
      return { op, rows: r.results, skipped: null };
    } catch (err) {
      if (err instanceof RackwireError) return { op, rows: [], skipped: err.message };
      throw err;
    }
  });
}

export async function reportOfDesign(spec: string, o: ReportOptions = {}): Promise<ReportRun> {
  const p = prepareDesign(spec, { fabric: true });
  if (!p.design || !p.phy || !p.fabric || hasErrors(p.issues))
    return { file: p.file, html: null, data: null, issues: p.issues };
  const design = p.design;
  const traits = design.components.map((c) => kindTraits(c.kind));
  const worst = [...p.phy.links]
    .filter((l) => l.marginDb !== null)
    .sort((a, b) => a.marginDb! - b.marginDb!)
    .slice(0, WORST_LINKS);
  const paths = pathsQuery(
    { design, catalog: p.catalog, fabric: p.fabric, trained: p.trained, calibration: null },
    { kind: 'matrices', devices: ['gpu'] },
  );
  const bom = buildBom(design, p.catalog, null);
  const data: ReportData = {
    title: design.name,
    file: p.file,
    generatedBy: 'rackwire report',
    counts: {
      accelerators: traits.filter((t) => t.isAccelerator).length,
      nics: traits.filter((t) => t.isNetworkEndpoint).length,
      switches: traits.filter(
        (t) => t.forwardsTraffic && !t.isAccelerator && t.pcieRole !== 'root-complex' && !t.inChannel,
      ).length,
      links: design.links.length,
      components: design.components.length,
    },
    drawingSvg: (await drawingOfDesign(p)) ?? '',
    phyLinks: p.phy.links,
    waterfalls: worst.map((l) => ({
      linkId: l.id,
      svg: phyWaterfallSvg(l, { recommendedMarginDb: recommendedMarginDb(design, p.catalog, l.budgetDb) }),
    })),
    matrices: paths.kind === 'matrices' ? paths.matrices : null,
    collectives: collectivesOf(p, o.ops ?? REPORT_OPS, o.sizes ?? REPORT_SIZES),
    bom,
    issues: [...p.issues, ...p.locate([...paths.issues, ...bom.issues])],
  };
  return { file: p.file, html: reportHtml(data), data, issues: data.issues };
}
