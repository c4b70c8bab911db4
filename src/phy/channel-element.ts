/** Channel elements: the loss items and budget resets a channel evaluates to, and helpers to build them. */
import type { Finding } from './findings.js';
import type { LossItem } from './types.js';

/** A loss item; `reach` is set for a cable rated by reach only (no loss per metre in the catalog). */
export interface LossElement {
  type: 'loss';
  item: LossItem;
  reach?: { lengthM: number; maxReachM: number };
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
