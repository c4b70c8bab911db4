/**
 * Whole-design findings: scale-up bandwidth per accelerator, bisection of each scale-up domain, oversubscription
 * at every switch, GPU↔NIC affinity, down-trained links and devices on narrow or chipset links.
 */
import { kindTraits, type DraftIssue } from '../model/index.js';
import { TIER, type Fabric } from './fabric.js';
import { bisection, type Bisection } from './bisection.js';
import { deviceInfos } from './matrices.js';
import { analyzePair } from './pair.js';
import { linkRunState, type TrainedMap } from './state.js';

export interface ScaleUpRow {
  device: string;
  links: number;
  rawGBps: number | null;
  ncclGBps: number | null;
}
export interface OversubscriptionRow {
  /** Fabric node: a switch, or one virtual switch (`id#partition`). */
  switch: string;
  downGBps: number;
  upGBps: number;
  ratio: number;
}
export interface AffinityRow {
  device: string;
  nic: string | null;
  class: string | null;
}
export interface DesignFindings {
  scaleUp: ScaleUpRow[];
  bisection: Bisection[];
  oversubscription: OversubscriptionRow[];
  affinity: AffinityRow[];
  issues: DraftIssue[];
}

const CLASS_RANK = ['PIX', 'PXB', 'PHB', 'NODE', 'SYS', 'NET'];

function scaleUp(f: Fabric, accels: number[]): ScaleUpRow[] {
  return accels.map((n) => {
    const out = f.out[n]!.map((l) => f.directedLinks[l]!).filter((d) => d.tier === TIER.scaleUp);
    const sum = (k: 'raw' | 'nccl') =>
      out.length ? out.reduce((s, d) => s + (d.capacityGBps[k] ?? d.capacityGBps.raw ?? 0), 0) : null;
    return {
      device: f.nodes[n]!.id,
      links: out.reduce((s, d) => s + d.linkCount, 0),
      rawGBps: sum('raw'),
      ncclGBps: sum('nccl'),
    };
  });
}

/** Downstream vs upstream capacity of every switch: PCIe by port role, others by whether the peer forwards. */
function oversubscription(f: Fabric): OversubscriptionRow[] {
  const rows: OversubscriptionRow[] = [];
  const depth = pcieDepth(f);
  for (const n of f.nodes) {
    const t = kindTraits(n.kind);
    if (!t.forwardsTraffic || t.pcieRole === 'root-complex') continue;
    let up = 0;
    let down = 0;
    for (const l of f.out[n.index]!) {
      const d = f.directedLinks[l]!;
      const peer = f.nodes[d.to]!;
      const peerTraits = kindTraits(peer.kind);
      const toward =
        t.pcieRole === 'switch'
          ? d.tier === TIER.pcie && depth[d.to]! >= 0 && depth[d.to]! < depth[n.index]!
          : peer.forwards && !peerTraits.isNetworkEndpoint;
      if (toward) up += d.capacityGBps.raw ?? 0;
      else down += d.capacityGBps.raw ?? 0;
    }
    if (up > 0 && down > 0) rows.push({ switch: n.id, downGBps: down, upGBps: up, ratio: down / up });
  }
  return rows;
}

/** Hops from the nearest root complex over PCIe links (multi-source BFS); a PCIe peer with a smaller depth is "up". */
function pcieDepth(f: Fabric): Int32Array {
  const depth = new Int32Array(f.nodes.length).fill(-1);
  const queue: number[] = [];
  f.nodes.forEach((n, i) => {
    if (kindTraits(n.kind).pcieRole !== 'root-complex') return;
    depth[i] = 0;
    queue.push(i);
  });
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    for (const l of f.out[u]!) {
      const d = f.directedLinks[l]!;
      if (d.tier !== TIER.pcie || depth[d.to] !== -1) continue;
      depth[d.to] = depth[u]! + 1;
      queue.push(d.to);
    }
  }
  return depth;
}

function affinity(f: Fabric, accelIds: string[], nicIds: string[], issues: DraftIssue[]): AffinityRow[] {
  if (nicIds.length === 0) return [];
  const gpus = deviceInfos(f, accelIds, issues);
  const nics = deviceInfos(f, nicIds, issues);
  const rows = gpus.map((g): AffinityRow => {
    const t = f.tree(g.node);
    let best: AffinityRow = { device: g.id, nic: null, class: null };
    let rank = Infinity;
    for (const n of nics) {
      const c = analyzePair(f, t, g, n, {}).class;
      const r = CLASS_RANK.indexOf(c);
      if (r >= 0 && r < rank) [rank, best] = [r, { device: g.id, nic: n.id, class: c }];
    }
    if (best.nic && rank > 1)
      issues.push({
        severity: 'warning',
        code: 'perf-gpu-nic-affinity',
        message: `${g.id}: nearest NIC ${best.nic} is ${best.class}, not on its own PCIe switch`,
        hint: 'put a NIC on the same switch (PIX) for GPUDirect RDMA',
      });
    return best;
  });
  const users = new Map<string, string[]>();
  for (const r of rows) if (r.nic) users.set(r.nic, [...(users.get(r.nic) ?? []), r.device]);
  for (const [nic, gs] of users)
    if (gs.length > 1)
      issues.push({
        severity: 'warning',
        code: 'perf-nic-shared',
        message: `${gs.join(', ')} share their nearest NIC ${nic}`,
      });
  return rows;
}

function linkFindings(f: Fabric, trained: TrainedMap | undefined, issues: DraftIssue[]): void {
  for (const link of f.ix.design.links) {
    const run = linkRunState(f.ix, link, trained);
    const designed = linkRunState(f.ix, link, undefined);
    if (
      run.from !== 'designed' &&
      ((designed.gen !== null && run.gen !== null && run.gen < designed.gen) || run.width < designed.width)
    )
      issues.push({
        severity: 'warning',
        code: 'perf-link-downtrained',
        message: `link ${link.id} runs Gen${run.gen} x${run.width}, designed Gen${designed.gen} x${designed.width}`,
        modelPath: f.ix.linkPath(link),
      });
    for (const ref of [link.from, link.to]) {
      const c = f.ix.component.get(ref.component);
      const port = c?.ports.find((p) => p.name === ref.port);
      const pcie = link.protocol === 'pcie' || link.protocol === 'cxl';
      if (pcie && c && port && kindTraits(c.kind).pcieRole === 'endpoint' && run.width < port.lanes)
        issues.push({
          severity: 'info',
          code: 'perf-device-narrow-link',
          message: `${c.id} (x${port.lanes}) runs on a x${run.width} link ${link.id}`,
        });
    }
  }
}

export function designFindings(f: Fabric, trained?: TrainedMap): DesignFindings {
  const issues: DraftIssue[] = [];
  const accelIds = f.ix.design.components.filter((c) => kindTraits(c.kind).isAccelerator).map((c) => c.id);
  const nicIds = f.ix.design.components.filter((c) => kindTraits(c.kind).isNetworkEndpoint).map((c) => c.id);
  const accels = accelIds.map((id) => f.nodeOf(id)).filter((n): n is number => n !== undefined);
  linkFindings(f, trained, issues);
  for (const g of deviceInfos(f, accelIds, issues))
    if (g.chain?.via.some((r) => f.ix.part(r.component)?.props?.p2pForwarding === false))
      issues.push({
        severity: 'warning',
        code: 'perf-device-behind-chipset',
        message: `${g.id} is attached through a chipset: no P2P, shared uplink`,
      });
  const over = oversubscription(f);
  for (const o of over)
    if (o.ratio > 1)
      issues.push({
        severity: 'info',
        code: 'perf-switch-oversubscribed',
        message: `${o.switch}: downstream ${o.downGBps.toFixed(1)} GB/s over upstream ${o.upGBps.toFixed(1)} GB/s (${o.ratio.toFixed(2)}:1)`,
      });
  return {
    scaleUp: scaleUp(f, accels),
    bisection: bisection(f, accels),
    oversubscription: over,
    affinity: affinity(f, accelIds, nicIds, issues),
    issues,
  };
}
