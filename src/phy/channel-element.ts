/** Channel elements: the loss items and budget resets a channel evaluates to, and helpers to build them. */
import type { Finding } from './findings.js';
import type { LossItem } from './types.js';

/** A passive cable inside a budget segment: its rated reach, and what its loss is made of (for the derived reach). */
export interface CableFacts {
  id: string;
  lengthM: number;
  /** Rated reach at the cable's highest generation/lane rate (catalog `maxReachM`). */
  ratedReachM: number;
  /** Loss per metre at the link's Nyquist (dB/m); null when the catalog gives none. */
  lossPerMDb: number | null;
  connectorLossDb: number;
}

/** A loss item; `cable` is set for a passive cable. */
export interface LossElement {
  type: 'loss';
  item: LossItem;
  cable?: CableFacts;
  /** The package of a budget-resetting device (removed with it when counting the retimers a channel needs). */
  ofReset?: true;
}
export interface ResetElement {
  type: 'reset';
  label: string;
  segmentIndex: number;
}
export type ChannelElement = LossElement | ResetElement;

export interface EvaluatedChannel {
  elements: ChannelElement[];
  findings: Finding[];
}

export const lossElement = (
  label: string,
  segmentIndex: number,
  lossDb: number | null,
  note: string | null = null,
): LossElement => ({
  type: 'loss',
  item: { label, segmentIndex, lossDb, lengthMm: 0, splittable: false, note },
});

/** A warning where the loss decides a verdict; info where no budget is sourced (the loss is then only shown). */
export function extrapolationFinding(what: string, freqGHz: number, i: number, decides = true): Finding {
  return {
    severity: decides ? 'warning' : 'info',
    code: 'phy-loss-extrapolated',
    message: `loss of ${what} at ${freqGHz} GHz extrapolated beyond the catalog's characterised range`,
    channelIndex: i,
    dedupeKey: `extrapolated:${what}@${freqGHz}`,
  };
}

export const fmtMm = (mm: number): string => `${Math.round(mm * 10) / 10} mm`;

/**
 * A segment whose part the catalog lacks: an error finding (`${what} "${id}" is not in the catalog`) and a loss
 * item of unknown loss labelled `${label}`.
 */
export function notInCatalog(
  findings: Finding[],
  code: string,
  what: string,
  id: string,
  label: string,
  i: number,
): ChannelElement {
  findings.push({
    severity: 'error',
    code,
    message: `${what} "${id}" is not in the catalog`,
    channelIndex: i,
  });
  return lossElement(label, i, null);
}
