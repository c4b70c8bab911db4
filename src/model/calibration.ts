/**
 * A calibration (file format v1): fitted ratios and software latencies, each with the measurement files it
 * came from. Plain data: io/calibration-file.ts reads and validates the YAML, src/calibrate fits it, and the
 * path and collective models read its values (perf/calibration.ts looks parameters up).
 */
export interface CalibrationParam {
  value: number;
  /** `ratio` (measured / raw prediction) or `us` (software time, microseconds). */
  unit: 'ratio' | 'us';
  /** Measurement files the value was fitted from (basename as given to `rackwire calibrate`). */
  fittedFrom: string[];
  samples: number;
  note?: string;
}

export interface Calibration {
  calibrationVersion: 1;
  /** Design the fit was made on (informational). */
  design?: string;
  /**
   * Keys: `efficiency.<protocol>.p2p|h2d|d2h` (ratio of measured to raw bandwidth), `efficiency.staged`
   * (P2P-disabled copies through host memory), `bidirRatio.p2p|staged` (bidirectional / unidirectional where no
   * shared link bounds it), `appLatencyUs.p2p|staged` (software time added to the hardware latency),
   * `collective.*` (the collective model's efficiencies and per-step latencies, src/calibrate/fit-collective.ts).
   */
  params: Record<string, CalibrationParam>;
}
