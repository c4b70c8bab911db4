/** Bandwidth profiles: spec arithmetic, NCCL's effective constants, or fitted to measurements. */
import type { Calibration } from './calibration.js';

export const PROFILES = ['raw', 'nccl', 'calibrated'] as const;
export type Profile = (typeof PROFILES)[number];

/** Per-profile value of a capacity (GB/s per direction); null where the profile has no figure. */
export interface ProfileGBps {
  raw: number | null;
  nccl: number | null;
  calibrated: number | null;
}

/** The default profile: `calibrated` where a calibration exists, else `nccl` (raw stays available on request). */
export const defaultProfile = (calibration: Calibration | null | undefined): Profile =>
  calibration ? 'calibrated' : 'nccl';

/** The value of one profile, falling back calibrated → nccl → raw so a missing fit never yields a blank. */
export function pick(v: ProfileGBps, profile: Profile): number | null {
  if (profile === 'raw') return v.raw;
  if (profile === 'nccl') return v.nccl ?? v.raw;
  return v.calibrated ?? v.nccl ?? v.raw;
}
