/** What the HTML report shows, gathered by api/report.ts (plain data, so the page builder is a pure function). */
import type { Bom } from '../../bom/index.js';
import type { Issue } from '../../model/index.js';
import type { PathMatrices } from '../../perf/index.js';
import type { LinkPhyResult } from '../../phy/index.js';
import type { CollectiveRow } from '../../sim/index.js';

export interface ReportCollective {
  op: string;
  rows: CollectiveRow[];
  /** Why this collective has no rows (fewer than two accelerators, an input error), or null. */
  skipped: string | null;
}

export interface ReportData {
  title: string;
  file: string;
  generatedBy: string;
  counts: { accelerators: number; nics: number; switches: number; links: number; components: number };
  drawingSvg: string;
  phyLinks: LinkPhyResult[];
  /** Waterfall SVGs of the worst links (smallest margin first). */
  waterfalls: { linkId: string; svg: string }[];
  matrices: PathMatrices | null;
  collectives: ReportCollective[];
  bom: Bom;
  issues: Issue[];
}
