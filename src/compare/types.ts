/** The comparison's result shape: one row of figures per design (computed by compareRow, assembled by api). */
import type { Issue } from '../model/index.js';

export interface BusbwPair {
  /** Within one scale-up domain (the first one, in id order). */
  domainGBps: number | null;
  /** Across every accelerator of the design. */
  wholeGBps: number | null;
}

export interface CompareRow {
  design: string;
  name: string;
  /** How the row's design was obtained: as given, or planned to a common accelerator count (`--accelerators`). */
  basis: string;
  accelerators: number;
  scaleUpDomainSize: number;
  /** Scale-up bandwidth per accelerator, per direction (median over accelerators). */
  scaleUpGBpsPerAccelerator: { rawGBps: number | null; ncclGBps: number | null };
  allReduceBusbwGBps: BusbwPair;
  allToAllBusbwGBps: BusbwPair;
  /** Median hardware latency between accelerators of the first scale-up domain (or of the node). */
  p2pLatencyNs: number | null;
  worstMarginDb: number | null;
  retimers: number;
  pcieSwitches: number;
  scaleUpSwitches: number;
  scaleOutSwitches: number;
  cablesByType: Record<string, number>;
  powerW: number;
  /** Parts (count) whose power the catalog does not give: a gap in powerW, never counted as zero. */
  unknownPowerParts: number;
  price: number | null;
}

export interface CompareResult {
  rows: CompareRow[];
  /** Null when no price file was given. */
  currency: string | null;
  issues: Issue[];
}
