import { describe, expect, it } from 'vitest';
import { UsageError } from '../../model/index.js';
import { createKernel } from './kernel.js';
import { createRng } from './rng.js';

describe('kernel', () => {
  it('fires events in (time, priority, insertion) order', () => {
    const k = createKernel(createRng(1));
    const log: string[] = [];
    const note = (s: string): void => {
      log.push(`${k.nowPs}:${s}`);
    };
    k.schedule(50, note, 'late');
    k.schedule(10, note, 'b-prio1', 1);
    k.schedule(10, note, 'a-prio0-first');
    k.schedule(10, note, 'a-prio0-second');
    k.schedule(0, () => k.schedule(5, note, 'nested'), null);
    expect(k.run()).toBe(50);
    expect(log).toEqual(['5:nested', '10:a-prio0-first', '10:a-prio0-second', '10:b-prio1', '50:late']);
    expect(k.eventsFired).toBe(6); // five notes + the event that scheduled "nested"
  });

  it('stops at untilPs and resumes', () => {
    const k = createKernel(createRng(1));
    const seen: number[] = [];
    for (const t of [100, 200, 300]) k.schedule(t, (x: number) => seen.push(x), t);
    k.run(250);
    expect(seen).toEqual([100, 200]);
    k.run();
    expect(seen).toEqual([100, 200, 300]);
  });

  it('rejects fractional or negative delays (the clock is integer ps)', () => {
    const k = createKernel(createRng(1));
    expect(() => k.schedule(1.5, () => undefined, null)).toThrow(UsageError);
    expect(() => k.schedule(-1, () => undefined, null)).toThrow(UsageError);
  });
});

describe('rng', () => {
  it('is reproducible from its seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int(n) stays in [0, n) and covers it', () => {
    const r = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(r.int(4));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});
