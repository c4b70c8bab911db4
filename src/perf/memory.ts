/**
 * Memory tiers of each CPU socket: local DRAM, the other sockets' DRAM, CXL Type-3 expanders attached directly
 * and pooled memory behind a CXL switch (each sharing host's equal share), with capacity, bandwidth and
 * load-to-use latency. Memory devices are found structurally: endpoints whose part states `memoryGB` on a CXL link.
 */
import { kindTraits, type DraftIssue } from '../model/index.js';
import { pathTo, TIER, type Fabric } from './fabric.js';
import { figure } from './figures.js';

export type MemoryTierKind = 'local-dram' | 'remote-dram' | 'cxl-direct' | 'cxl-pooled';

export interface MemoryTier {
  tier: MemoryTierKind;
  component: string;
  capacityGB: number | null;
  /** This socket's share: capacity / sockets that reach the device (equal split assumed). */
  shareGB: number | null;
  sharers: number;
  /** Bandwidth (GB/s): the device's memory bandwidth × sourced read efficiency, capped by the path. */
  bwGBps: number | null;
  latencyNs: number | null;
  sources: string[];
}

export interface SocketMemory {
  cpu: string;
  tiers: MemoryTier[];
}

export interface MemoryTiers {
  sockets: SocketMemory[];
  issues: DraftIssue[];
}

const isCpu = (f: Fabric, n: number) => kindTraits(f.nodes[n]!.kind).pcieRole === 'root-complex';

/** CXL memory devices reachable from `cpu` over PCIe/CXL links without passing another root complex. */
function cxlDevices(f: Fabric, cpu: number): { node: number; hops: number }[] {
  const t = f.tree(cpu);
  const out: { node: number; hops: number }[] = [];
  f.nodes.forEach((n, i) => {
    if (i === cpu || t.tier[i] !== TIER.pcie || f.ix.part(n.id)?.memoryGB === undefined) return;
    const path = pathTo(t, i);
    if (!f.directedLinks[path[path.length - 1]!]!.protocol.startsWith('cxl')) return;
    if (path.slice(0, -1).some((l) => isCpu(f, f.directedLinks[l]!.to))) return;
    out.push({ node: i, hops: path.length });
  });
  return out;
}

export function memoryTiers(f: Fabric): MemoryTiers {
  const cpus = f.nodes.filter((n) => isCpu(f, n.index)).map((n) => n.index);
  const reach = new Map(cpus.map((c) => [c, cxlDevices(f, c)]));
  const sharers = new Map<number, number>();
  for (const list of reach.values())
    for (const d of list) sharers.set(d.node, (sharers.get(d.node) ?? 0) + 1);
  const dram = figure(f.ix.catalog, 'dram-local-latency-ns');
  const cxlLat = figure(f.ix.catalog, 'cxl-expander-latency-ns');
  const swLat = figure(f.ix.catalog, 'cxl-switch-added-latency-ns');
  const eff = figure(f.ix.catalog, 'cxl-read-bandwidth-efficiency');
  const sockets = cpus.map((c): SocketMemory => {
    const cpu = f.nodes[c]!;
    const part = f.ix.part(cpu.id);
    const tiers: MemoryTier[] = [
      {
        tier: 'local-dram',
        component: cpu.id,
        capacityGB: part?.memoryGB ?? null,
        shareGB: part?.memoryGB ?? null,
        sharers: 1,
        bwGBps: part?.memoryBandwidthGBps ?? null,
        latencyNs: dram.value,
        sources: [`part ${part?.id}`, dram.source ?? ''],
      },
    ];
    const t = f.tree(c);
    for (const o of cpus) {
      if (o === c || t.tier[o] !== TIER.socket || f.nodes[o]!.host !== cpu.host) continue;
      const op = f.ix.part(f.nodes[o]!.id);
      const bw = op?.memoryBandwidthGBps;
      tiers.push({
        tier: 'remote-dram',
        component: f.nodes[o]!.id,
        capacityGB: op?.memoryGB ?? null,
        shareGB: op?.memoryGB ?? null,
        sharers: 1,
        bwGBps: bw === undefined ? null : Math.min(bw, t.bw[0][o]!),
        latencyNs: dram.value + t.latencyNs[o]!,
        sources: [`part ${op?.id}`, dram.source ?? '', 'socket link (this model)'],
      });
    }
    for (const d of reach.get(c)!) {
      const n = f.nodes[d.node]!;
      const p = f.ix.part(n.id);
      const share = sharers.get(d.node) ?? 1;
      const pooled = d.hops > 1;
      const devBw = p?.memoryBandwidthGBps;
      tiers.push({
        tier: pooled ? 'cxl-pooled' : 'cxl-direct',
        component: n.id,
        capacityGB: p?.memoryGB ?? null,
        shareGB: p?.memoryGB === undefined ? null : p.memoryGB / share,
        sharers: share,
        bwGBps: devBw === undefined ? t.bw[0][d.node]! : Math.min(devBw * eff.value, t.bw[0][d.node]!),
        latencyNs: cxlLat.value + (pooled ? swLat.value : 0),
        sources: [
          `part ${p?.id}`,
          cxlLat.source ?? '',
          eff.source ?? '',
          ...(pooled ? [swLat.source ?? ''] : []),
        ],
      });
    }
    return { cpu: cpu.id, tiers };
  });
  return { sockets, issues: [] };
}
