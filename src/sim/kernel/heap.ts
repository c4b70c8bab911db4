/** Binary min-heap of simulation events ordered by (timePs, priority, seq): the kernel's event queue. */

export interface QueuedEvent {
  timePs: number;
  /** Lower runs first among events at the same time. */
  priority: number;
  /** Insertion order; breaks every remaining tie so runs are deterministic. */
  seq: number;
  fire: (payload: unknown) => void;
  payload: unknown;
}

const before = (a: QueuedEvent, b: QueuedEvent): boolean =>
  a.timePs !== b.timePs
    ? a.timePs < b.timePs
    : a.priority !== b.priority
      ? a.priority < b.priority
      : a.seq < b.seq;

export class EventHeap {
  private readonly items: QueuedEvent[] = [];

  get size(): number {
    return this.items.length;
  }

  push(event: QueuedEvent): void {
    const items = this.items;
    items.push(event);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (!before(event, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = event;
  }

  peek(): QueuedEvent | undefined {
    return this.items[0];
  }

  pop(): QueuedEvent | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    const n = items.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(items[r]!, items[l]!) ? r : l;
      if (!before(items[c]!, last)) break;
      items[i] = items[c]!;
      i = c;
    }
    items[i] = last;
    return top;
  }
}
