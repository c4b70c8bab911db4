/** How the path model reads a calibration (model/calibration.ts): parameter keys and lookups. */
import type { Calibration, Protocol } from '../model/index.js';

export type { Calibration, CalibrationParam } from '../model/index.js';

export type TransferMode = 'p2p' | 'h2d' | 'd2h';

export const efficiencyKey = (protocol: Protocol, mode: TransferMode): string =>
  `efficiency.${protocol === 'cxl' ? 'pcie' : protocol}.${mode}`;

export const calParam = (cal: Calibration | null | undefined, key: string): number | null =>
  cal?.params[key]?.value ?? null;
