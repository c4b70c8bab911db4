/** Nodes per rack within the rack's power and space limits; node and switch heights from catalog guidance. */
import { findGuidance, type Catalog } from '../catalog/index.js';
import type { DraftIssue } from '../model/index.js';
import { perRack, type FloorFigures } from './floor-plan.js';

/** Height (U) of a preset's node or a switch part: its own guidance record, else the default record. */
export function heightU(
  catalog: Catalog,
  what: 'node' | 'switch',
  id: string,
): { heightU: number; issues: DraftIssue[] } {
  const own = findGuidance(catalog, `plan-${what}-height-ru-${id}`);
  if (own !== undefined) return { heightU: own, issues: [] };
  const fallback = findGuidance(catalog, `plan-${what}-height-ru-default`) ?? 0;
  return {
    heightU: fallback,
    issues: [
      {
        severity: 'info',
        code: 'plan-height-estimated',
        message: `${id}: no rack-height record; ${fallback} U assumed (guidance plan-${what}-height-ru-default)`,
        hint: `add guidance plan-${what}-height-ru-${id} in a user catalog`,
      },
    ],
  };
}

export interface RackFit {
  nodesPerRack: number;
  byPower: number;
  bySpace: number;
  issues: DraftIssue[];
}

export function fitRack(
  f: FloorFigures,
  nodeHeightU: number,
  nodePowerW: number,
  rackPowerW: number,
): RackFit {
  const bySpace = nodeHeightU > 0 ? Math.floor((f.rackUnits - f.reservedUnits) / nodeHeightU) : 0;
  const byPower = nodePowerW > 0 ? Math.floor(rackPowerW / nodePowerW) : Number.MAX_SAFE_INTEGER;
  const nodesPerRack = Math.min(bySpace, byPower);
  const issues: DraftIssue[] = [];
  if (nodesPerRack < 1)
    issues.push({
      severity: 'error',
      code: 'plan-node-does-not-fit',
      message:
        byPower < 1
          ? `one node draws ${nodePowerW} W, more than the rack limit of ${rackPowerW} W`
          : `one node is ${nodeHeightU} U; a rack has ${f.rackUnits - f.reservedUnits} U free`,
      hint: 'raise --rack-power-kw or choose a smaller node',
    });
  return { nodesPerRack, byPower, bySpace, issues };
}

export { perRack };
