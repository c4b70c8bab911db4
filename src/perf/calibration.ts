/**
 * The calibration file (format v1): fitted ratios and software latencies, each with the measurement files
 * it came from. YAML on disk; this module validates the parsed object and looks parameters up.
 */
import { z } from 'zod';
import { InputError, type Protocol } from '../model/index.js';

export const CalibrationParam = z.strictObject({
  value: z.number().finite(),
  /** `ratio` (measured / raw prediction) or `us` (software time, microseconds). */
  unit: z.enum(['ratio', 'us']),
  /** Measurement files the value was fitted from (basename as given to `rackwire calibrate`). */
  fittedFrom: z.array(z.string().min(1)).min(1),
  samples: z.number().int().positive(),
  note: z.string().optional(),
});
export type CalibrationParam = z.infer<typeof CalibrationParam>;

export const Calibration = z.strictObject({
  calibrationVersion: z.literal(1),
  /** Design the fit was made on (informational). */
  design: z.string().optional(),
  /**
   * Keys: `efficiency.<protocol>.p2p|h2d|d2h` (ratio of measured to raw bandwidth), `efficiency.staged`
   * (P2P-disabled copies through host memory), `bidirRatio.p2p|staged` (bidirectional / unidirectional where no shared link bounds it, staged.ts),
   * `appLatencyUs.p2p|staged` (software time added to the hardware latency). Other engines add their own keys.
   */
  params: z.record(z.string(), CalibrationParam),
});
export type Calibration = z.infer<typeof Calibration>;

/** Validates a parsed calibration file; throws InputError listing every problem. */
export function parseCalibration(value: unknown, file: string): Calibration {
  const r = Calibration.safeParse(value);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new InputError(`invalid calibration file\n${lines.join('\n')}`, 'calibration-invalid');
}

export type TransferMode = 'p2p' | 'h2d' | 'd2h';

export const efficiencyKey = (protocol: Protocol, mode: TransferMode): string =>
  `efficiency.${protocol === 'cxl' ? 'pcie' : protocol}.${mode}`;

export const calParam = (cal: Calibration | null | undefined, key: string): number | null =>
  cal?.params[key]?.value ?? null;
