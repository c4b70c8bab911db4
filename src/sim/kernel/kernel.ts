/** The discrete-event kernel: an integer-picosecond clock and an event queue; knows nothing of networks (SimPy-style). */
import { InternalError, UsageError } from '../../model/index.js';
import { EventHeap } from './heap.js';
import type { Rng } from './rng.js';

export interface Kernel {
  /** Current simulated time (integer ps). */
  readonly nowPs: number;
  readonly rng: Rng;
  /** Events fired so far. */
  readonly eventsFired: number;
  /**
   * Run `fire(payload)` at `nowPs + delayPs`; lower `priority` runs first among simultaneous events.
   * The payload saves a closure per event (the engine schedules millions).
   */
  schedule<T>(delayPs: number, fire: (payload: T) => void, payload: T, priority?: number): void;
  /** Fire events until the queue is empty (or `untilPs` is passed); returns the final time. */
  run(untilPs?: number): number;
}

export function createKernel(rng: Rng): Kernel {
  const queue = new EventHeap();
  let nowPs = 0;
  let seq = 0;
  let fired = 0;
  return {
    get nowPs() {
      return nowPs;
    },
    rng,
    get eventsFired() {
      return fired;
    },
    schedule<T>(delayPs: number, fire: (payload: T) => void, payload: T, priority = 0) {
      if (!Number.isInteger(delayPs) || delayPs < 0) {
        throw new UsageError(
          `event delay must be a non-negative integer of ps, got ${delayPs}`,
          'sim-bad-delay',
        );
      }
      queue.push({
        timePs: nowPs + delayPs,
        priority,
        seq: seq++,
        fire: fire as (p: unknown) => void,
        payload,
      });
    },
    run(untilPs = Number.POSITIVE_INFINITY) {
      for (;;) {
        const next = queue.peek();
        if (next === undefined || next.timePs > untilPs) break;
        queue.pop();
        if (next.timePs < nowPs)
          throw new InternalError('event queue went back in time', 'sim-time-reversal');
        nowPs = next.timePs;
        fired++;
        next.fire(next.payload);
      }
      return nowPs;
    },
  };
}
