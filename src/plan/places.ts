/**
 * Where every node and switch stands (docs/plan.md, floor-plan model). Compute racks fill rows; the floor is kept
 * roughly square (racks per row at least sqrt(racks × row pitch / rack width), never under the guidance figure)
 * so that the longest runs stay short. A network row in the middle holds the spines of a two-tier fabric and the
 * super-spines; each row's leaves (and, in three tiers, their pod's spines) stack in network racks at the row
 * end (slots 0, -1, ...). Compute racks are slots 1, 2, ... from that end.
 */
import { perRack, stacked, type FloorFigures, type Place } from './floor-plan.js';
import type { ClosSizes } from './types.js';

export interface Places {
  racksPerRow: number;
  rows: number;
  node: (rack: number, n: number) => Place;
  leaf: Place[];
  spine: Place[];
  superSpine: Place[];
}

export interface PlacesInput {
  figures: FloorFigures;
  racks: number;
  nodesPerRack: number;
  nodeHeightU: number;
  switchHeightU: number;
  clos: ClosSizes;
  /** The first node a leaf serves (its group's first node). */
  firstNodeOfLeaf: (leaf: number) => number;
}

export function placeAll(x: PlacesInput): Places {
  const f = x.figures;
  const square = Math.ceil(Math.sqrt((x.racks * f.rowPitchMm) / f.rackWidthMm));
  const rpr = Math.max(f.racksPerRow, square);
  const rows = Math.ceil(x.racks / rpr);
  const mid = Math.floor(rows / 2);
  const rowOfRack = (r: number) => {
    const c = Math.floor(r / rpr);
    return c < mid ? c : c + 1;
  };
  const per = perRack(f, x.switchHeightU);
  const rowEnd = new Map<number, number>();
  const atRowEnd = (row: number): Place => {
    const q = rowEnd.get(row) ?? 0;
    rowEnd.set(row, q + 1);
    return stacked(f, row, -Math.floor(q / per), q % per, x.switchHeightU);
  };
  let core = 0;
  const inCore = (): Place => {
    const q = core++;
    return stacked(f, mid, Math.floor(q / per), q % per, x.switchHeightU);
  };
  const rowOfLeaf = (l: number) => rowOfRack(Math.floor(x.firstNodeOfLeaf(l) / x.nodesPerRack));
  const leaf = Array.from({ length: x.clos.leaves }, (_, l) => atRowEnd(rowOfLeaf(l)));
  const P = x.clos.leavesPerPod;
  const first = x.clos.podFirstSpine;
  // Three tiers: a spine stands with its pod's first leaf (the pod whose spines start at or before it).
  const podOf = (s: number) => first.findLastIndex((f) => f <= s);
  const spine = Array.from({ length: x.clos.spines }, (_, s) =>
    x.clos.tiers === 3 ? atRowEnd(rowOfLeaf(podOf(s) * P)) : inCore(),
  );
  const superSpine = Array.from({ length: x.clos.superSpines }, inCore);
  return {
    racksPerRow: rpr,
    rows,
    node: (r, n) => stacked(f, rowOfRack(r), 1 + (r % rpr), n, x.nodeHeightU),
    leaf,
    spine,
    superSpine,
  };
}
