/**
 * The floor-plan model behind cable lengths (docs/plan.md): compute racks stand in rows of
 * `plan-racks-per-row`, numbered from the row end; each row's leaves sit in network racks at that row end
 * (slot 0, then -1, ...); spines and super-spines fill a network row after the last compute row. Devices stack
 * from the rack top. A cable between racks rises to an overhead tray, runs along the row (rack pitch) and
 * across rows (row pitch), and drops into the other rack; inside one rack it runs between the two heights.
 * Every cable gets the slack allowance and is rounded up to the catalog length step. Figures: catalog guidance.
 */
import { findGuidance, type Catalog } from '../catalog/index.js';
import type { DraftIssue } from '../model/index.js';

export interface FloorFigures {
  rackUnitMm: number;
  rackUnits: number;
  reservedUnits: number;
  rackWidthMm: number;
  rowPitchMm: number;
  racksPerRow: number;
  trayRiseMm: number;
  slackMm: number;
  lengthStepMm: number;
}

const IDS: Record<keyof FloorFigures, string> = {
  rackUnitMm: 'plan-rack-unit-mm',
  rackUnits: 'plan-rack-units',
  reservedUnits: 'plan-rack-reserved-units',
  rackWidthMm: 'plan-rack-width-mm',
  rowPitchMm: 'plan-row-pitch-mm',
  racksPerRow: 'plan-racks-per-row',
  trayRiseMm: 'plan-tray-rise-mm',
  slackMm: 'plan-cable-slack-mm',
  lengthStepMm: 'plan-cable-length-step-mm',
};

/** Reads the floor-plan guidance; a missing record is an error naming it. */
export function floorFigures(catalog: Catalog): { figures: FloorFigures | null; issues: DraftIssue[] } {
  const out: Partial<FloorFigures> = {};
  const missing: string[] = [];
  for (const [key, id] of Object.entries(IDS) as [keyof FloorFigures, string][]) {
    const v = findGuidance(catalog, id);
    if (v === undefined) missing.push(id);
    else out[key] = v;
  }
  if (missing.length === 0) return { figures: out as FloorFigures, issues: [] };
  return {
    figures: null,
    issues: [
      {
        severity: 'error',
        code: 'plan-guidance-missing',
        message: `the catalog lacks planner guidance ${missing.join(', ')}`,
        hint: 'a user catalog that replaces the built-in guidance must keep these records',
      },
    ],
  };
}

/** Where a device sits: row, slot along the row (compute racks 1.., network racks 0, -1, ...), depth below the rack top. */
export interface Place {
  row: number;
  slot: number;
  depthMm: number;
}

/** Place of the `index`-th device of `heightU` units stacked from the top of a rack at (row, slot). */
export const stacked = (
  f: FloorFigures,
  row: number,
  slot: number,
  index: number,
  heightU: number,
): Place => ({
  row,
  slot,
  depthMm: (index + 0.5) * heightU * f.rackUnitMm,
});

/** How many devices of `heightU` fit in one rack. */
export const perRack = (f: FloorFigures, heightU: number): number =>
  Math.max(1, Math.floor((f.rackUnits - f.reservedUnits) / heightU));

/** Cable length between two places (mm), slack included, rounded up to the length step. */
export function cableLengthMm(f: FloorFigures, a: Place, b: Place): number {
  const run =
    a.row === b.row && a.slot === b.slot
      ? Math.abs(a.depthMm - b.depthMm)
      : a.depthMm +
        b.depthMm +
        2 * f.trayRiseMm +
        Math.abs(a.slot - b.slot) * f.rackWidthMm +
        Math.abs(a.row - b.row) * f.rowPitchMm;
  return Math.ceil((run + f.slackMm) / f.lengthStepMm) * f.lengthStepMm;
}
