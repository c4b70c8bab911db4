/** A small helper the fabric builders share: append a directed link and return its index. */
import { InputError } from '../../model/index.js';
import type { LinkTier, SimLink } from '../fabric.js';

export class LinkTable {
  readonly links: SimLink[] = [];

  add(id: string, capacityGBps: number, latencyNs: number, tier: LinkTier): number {
    if (!(capacityGBps > 0) || !Number.isFinite(capacityGBps)) {
      throw new InputError(
        `link ${id}: capacity must be a positive finite GB/s, got ${capacityGBps}`,
        'sim-bad-capacity',
      );
    }
    if (!(latencyNs >= 0) || !Number.isFinite(latencyNs)) {
      throw new InputError(
        `link ${id}: latency must be a non-negative finite ns, got ${latencyNs}`,
        'sim-bad-latency',
      );
    }
    this.links.push({ id, capacityGBps, latencyNs, tier });
    return this.links.length - 1;
  }
}

export function requireCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new InputError(`${name} must be an integer >= ${min}, got ${value}`, 'sim-bad-count');
  }
}
