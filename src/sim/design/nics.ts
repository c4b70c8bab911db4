/**
 * Which NIC each accelerator sends through: among the NICs of its host, the closest (fewest hops: PIX before
 * NODE before SYS), distinct NICs for the accelerators sharing a PCIe switch where there are enough, as NCCL
 * gives each GPU its own nearest NIC. Perf's single shortest route would send every GPU of a switch through
 * the same NIC.
 */
import type * as perf from '../../perf/index.js';

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
  for (const g of gpus) {
    const host = hostOf(g);
    let best: { nic: string; hops: number; used: number } | null = null;
    for (const nic of nics) {
      if (hostOf(nic) !== host) continue;
      const hops = f.route(g, nic).length;
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
