/** Input and intermediate shapes of a topology drawing (plain data; the api layer fills `links`). */
import type { Design, Protocol } from '../../model/index.js';
import type { Verdict } from '../../phy/index.js';

/** What the analyses found for one link, as the drawing shows it; null fields are unknown or not analysed. */
export interface DrawnLinkFacts {
  verdict: Verdict | null;
  marginDb: number | null;
  trainedGen: number | null;
  trainedWidth: number | null;
  /** Bandwidth per direction at the trained (else designed) state. */
  rateGBps: number | null;
}

export type ColorBy = 'protocol' | 'margin';

export interface DrawingOptions {
  /** Stroke color of a bundle: its protocol (default; failing and warning links get a halo) or its margin. */
  colorBy?: ColorBy;
  /** Draw every node open (`expand`), every node as one box (`collapse`), or decide by size (`auto`, default). */
  nodes?: 'auto' | 'expand' | 'collapse';
}

export interface DrawingInput {
  design: Design;
  /** Facts per link id; a link without an entry is drawn with unknown facts. */
  links: ReadonlyMap<string, DrawnLinkFacts>;
  options?: DrawingOptions;
}

/** Links between the same two drawn boxes with the same protocol, drawn as one edge with a count. */
export interface Bundle {
  id: string;
  from: string;
  to: string;
  protocol: Protocol;
  linkIds: string[];
  /** Lanes of one member link (members of a bundle may differ: then the largest). */
  widthLanes: number;
  /** Designed generation (null: highest both ends support) and the generation the members train at (lowest). */
  gen: number | null;
  trainedGen: number | null;
  /** Sum of the members' per-direction bandwidth; null when any member's is unknown. */
  rateGBps: number | null;
  /** Both ends are root complexes (CPU sockets): drawn straight between them, outside the layered layout. */
  peer: boolean;
  /** Worst member verdict and smallest member margin. */
  verdict: Verdict | null;
  marginDb: number | null;
}
