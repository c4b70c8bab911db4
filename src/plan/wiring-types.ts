/** The input and result types of scale-out wiring (wiring.ts computes them; realize.ts turns blocks into links). */
import type { Catalog } from '../catalog/index.js';
import type { DraftIssue, Link, Protocol } from '../model/index.js';
import type { CablePreference } from '../phy/index.js';
import type { FloorFigures } from './floor-plan.js';
import type { Rail } from './node-profile.js';
import type { SwitchPorts } from './switch-ports.js';
import type { ClosSizes, Topology } from './types.js';

export interface WiringInput {
  figures: FloorFigures;
  catalog: Catalog;
  prefer: CablePreference;
  protocol: Protocol;
  topology: Topology;
  nodes: number;
  nodesPerRack: number;
  /** Name prefix of a rack's nodes: `node` (node{n}), or a rack-scale preset's compute trays (`compute`). */
  nodePrefix: string;
  nodeHeightU: number;
  switchHeightU: number;
  rails: Rail[];
  clos: ClosSizes;
  sw: SwitchPorts;
}

export type CableTier = 'nicLeaf' | 'leafSpine' | 'spineSuperSpine';

export interface Wiring {
  links: Link[];
  /** Link declarations of the compact file. */
  decls: Record<string, unknown>[];
  counts: Record<CableTier, number>;
  cablesByType: Record<string, number>;
  issues: DraftIssue[];
}
