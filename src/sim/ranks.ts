/** Choosing the participating ranks: all, the first N accelerators in id order, or a list of ids. */
import { InputError, NotFoundError } from '../model/index.js';
import type { SimFabric } from './fabric.js';

export type RankSpec = 'all' | number | string[];

/** Natural order: digit runs compare as numbers, so node2/gpu10 sorts after node2/gpu9. */
export function compareIds(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (i % 2 === 1 && Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Fabric rank indices of the participants, in rank order. */
export function selectRanks(fabric: SimFabric, spec: RankSpec): number[] {
  const sorted = fabric.ranks.map((id, i) => ({ id, i })).sort((x, y) => compareIds(x.id, y.id));
  if (spec === 'all') return sorted.map((r) => r.i);
  if (typeof spec === 'number') {
    if (!Number.isInteger(spec) || spec < 2 || spec > sorted.length) {
      throw new InputError(
        `--ranks ${spec}: need an integer from 2 to ${sorted.length}`,
        'sim-bad-ranks',
        [],
        {
          path: '--ranks',
          hint: `this design has ${sorted.length} accelerators: use all, 2..${sorted.length} or a list of ids`,
        },
      );
    }
    return sorted.slice(0, spec).map((r) => r.i);
  }
  return spec.map((id) => {
    const i = fabric.ranks.indexOf(id);
    if (i < 0)
      throw new NotFoundError(`rank '${id}' is not an accelerator of this fabric`, 'sim-rank-not-found', [], {
        path: '--ranks',
        hint: `the accelerators are ${sorted
          .slice(0, 4)
          .map((r) => r.id)
          .join(', ')}${sorted.length > 4 ? ', ...' : ''}`,
      });
    return i;
  });
}
