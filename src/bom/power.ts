/** Power per node and per rack: the sum of the known unit powers of everything inside each. */
import type { Design } from '../model/index.js';
import type { BomItem } from './items.js';
import type { PowerRollup } from './types.js';

export function powerRollups(design: Design, items: BomItem[]): PowerRollup[] {
  const parent = new Map(design.containers.map((c) => [c.id, c.parent]));
  const rollups = new Map<string, PowerRollup>();
  for (const c of design.containers) {
    if (c.level !== 'node' && c.level !== 'rack') continue;
    rollups.set(c.id, {
      id: c.id,
      level: c.level,
      powerW: 0,
      unknownPowerParts: 0,
      limitW: c.level === 'rack' ? design.settings.rackPowerW : null,
    });
  }
  for (const item of items) {
    // Walk up from the item's container, adding it to every node and rack it sits in.
    for (let at = item.container; at !== null && at !== undefined; at = parent.get(at) ?? null) {
      const r = rollups.get(at);
      if (!r) continue;
      if (item.unitPowerW === null) r.unknownPowerParts += item.quantity;
      else r.powerW += item.unitPowerW * item.quantity;
    }
  }
  return [...rollups.values()];
}
