/**
 * Which NIC each accelerator sends through: among the NICs of its host, the closest (fewest hops: PIX before
 * NODE before SYS), distinct NICs for the accelerators sharing a PCIe switch where there are enough, as NCCL
 * gives each GPU its own nearest NIC. Perf's single shortest route would send every GPU of a switch through
 * the same NIC.
 */
import * as perf from '../../perf/index.js';

/** NIC id per accelerator id (accelerators of hosts without NICs are absent). */
export function assignNics(
  f: perf.Fabric,
  gpus: readonly string[],
  nics: readonly string[],
): Map<string, string> {
  const hostOf = (id: string): string | null => {
    const n = f.nodeOf(id);
    return n === undefined ? null : f.nodes[n]!.host;
  };
  const uses = new Map<string, number>(nics.map((n) => [n, 0]));
  const out = new Map<string, string>();
  const nicsOf = new Map<string | null, string[]>();
  for (const nic of nics) nicsOf.set(hostOf(nic), [...(nicsOf.get(hostOf(nic)) ?? []), nic]);
  for (const g of gpus) {
    const src = f.nodeOf(g);
    if (src === undefined) continue;
    const tree = f.tree(src); // one search per GPU, not one per GPU-NIC pair
    let best: { nic: string; hops: number; used: number } | null = null;
    for (const nic of nicsOf.get(hostOf(g)) ?? []) {
      const dst = f.nodeOf(nic);
      const hops = dst === undefined ? 0 : perf.pathTo(tree, dst).length;
      if (hops === 0) continue;
      const used = uses.get(nic)!;
      if (!best || hops < best.hops || (hops === best.hops && used < best.used)) best = { nic, hops, used };
    }
    if (best) {
      out.set(g, best.nic);
      uses.set(best.nic, best.used + 1);
    }
  }
  return out;
}

/**
 * Routes between accelerators of different hosts through their assigned NICs (null: let perf route), with the
 * legs memoized: each accelerator's leg to its NIC is searched once and reversed for the receiving side (the
 * reverse of a fewest-hop path is one), each NIC pair's network leg once. A ring over 1,024 GPUs then costs one
 * route search per GPU and per NIC instead of three per pair.
 */
export function nicRouter(
  f: perf.Fabric,
  nicOf: Map<string, string>,
): (src: string, dst: string) => number[] | null {
  const toNic = new Map<string, number[]>();
  const between = new Map<string, number[]>();
  const leg = (memo: Map<string, number[]>, key: string, make: () => number[]): number[] => {
    let r = memo.get(key);
    if (!r) memo.set(key, (r = make()));
    return r;
  };
  return (src, dst) => {
    const a = nicOf.get(src);
    const b = nicOf.get(dst);
    if (!a || !b) return null;
    const up = leg(toNic, src, () => f.route(src, a));
    const across = leg(between, `${a}|${b}`, () => f.route(a, b));
    const back = leg(toNic, dst, () => f.route(dst, b));
    const down = back.map((l) => perf.reverseLink(f, l)).reverse();
    if (down.some((l) => l === undefined)) return nicRoute(f, nicOf, src, dst);
    const legs = [up, across, down as number[]];
    return legs.some((l) => l.length === 0) ? null : legs.flat();
  };
}

/** Route between accelerators of different hosts through their assigned NICs; null to let perf route. */
export function nicRoute(
  f: perf.Fabric,
  nicOf: Map<string, string>,
  src: string,
  dst: string,
): number[] | null {
  const a = nicOf.get(src);
  const b = nicOf.get(dst);
  if (!a || !b) return null;
  const legs = [f.route(src, a), f.route(a, b), f.route(b, dst)];
  return legs.some((l) => l.length === 0) ? null : legs.flat();
}
