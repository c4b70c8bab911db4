/** One ordered pair of devices: nvidia-smi class, P2P capability with its reason, bandwidth and latency. */
import { kindTraits } from '../model/index.js';
import { calParam } from './calibration.js';
import { pathTo, TIER, type Fabric } from './fabric.js';
import { pcieClass, type PcieChain } from './pcie-chain.js';
import type { RouteTree } from './route-tree.js';
import { stagedCopy } from './staged.js';

import type { DeviceInfo, P2pPolicy, P2pReason, PairResult } from './pair-types.js';
import type { HostPath } from './host-path.js';

export type { DeviceInfo, P2pPolicy, P2pReason, PairResult } from './pair-types.js';

const SCALE_UP_PREFIX: Record<string, string> = {
  nvlink: 'NV',
  'infinity-fabric': 'XGMI',
  ualink: 'UAL',
  c2c: 'C2C',
  ethernet: 'ETH',
};

function classOf(f: Fabric, t: RouteTree, a: DeviceInfo, b: DeviceInfo): string {
  // Two functions of one device share its port: no bridge between them (nvidia-smi shows dual-port NICs PIX).
  if (a.node === b.node) return 'PIX';
  const tier = t.tier[b.node]!;
  if (tier === 0) return 'DIS';
  if (tier === TIER.scaleUp) {
    const last = f.directedLinks[t.parent[b.node]!]!;
    const n =
      t.hops[b.node] === 1
        ? last.linkCount
        : Math.min(f.nodes[a.node]!.scaleUpLinks, f.nodes[b.node]!.scaleUpLinks);
    return `${SCALE_UP_PREFIX[last.protocol] ?? last.protocol.toUpperCase()}${n}`;
  }
  const ha = f.nodes[a.node]!.host;
  const hb = f.nodes[b.node]!.host;
  if (ha !== hb || tier === TIER.network) return 'NET';
  if (a.chain && b.chain) return pcieClass(a.chain, b.chain);
  return tier === TIER.socket ? 'SYS' : 'PHB';
}

function viaNoP2pNode(f: Fabric, t: RouteTree, dst: number): boolean {
  return pathTo(t, dst).some((l) => {
    const n = f.nodes[f.directedLinks[l]!.to]!;
    return n.index !== dst && f.ix.part(n.id)?.props?.p2pForwarding === false;
  });
}

/** The route crosses one C2C link and otherwise only PCIe (NCCL's PATH_P2C: C2C to a CPU, then PHB). */
function viaC2c(f: Fabric, t: RouteTree, dst: number): boolean {
  const links = pathTo(t, dst).map((l) => f.directedLinks[l]!);
  const c2c = links.filter((d) => d.protocol === 'c2c').length;
  return c2c === 1 && links.every((d) => d.protocol === 'c2c' || d.tier === TIER.pcie);
}

function p2pOf(
  f: Fabric,
  t: RouteTree,
  a: DeviceInfo,
  b: DeviceInfo,
  cls: string,
  policy: P2pPolicy,
): [boolean, P2pReason] {
  const tier = a.node === b.node ? TIER.pcie : t.tier[b.node]!;
  if (tier === 0) return [false, 'unreachable'];
  if (tier === TIER.scaleUp) return [true, 'scale-up'];
  if (cls === 'NET') return [false, 'different-hosts'];
  if (policy.force === 'enabled' && a.accelerator && b.accelerator) return [true, 'pcie'];
  if (policy.force === 'disabled' && a.accelerator && b.accelerator) return [false, 'vm-passthrough'];
  if (!a.accelerator || !b.accelerator) {
    // GPUDirect RDMA needs the GPU's support (NCCL's gpu.gdrSupport); parts without P2P (GeForce) have neither.
    if (!a.p2pSupported || !b.p2pSupported) return [false, 'gpu-not-supported'];
    // NCCL's default GDR level is PXB (anchors.md §1.4), or P2C where the GPU reaches the NIC's own CPU over C2C
    // (NCCL_NET_GDR_C2C, default 1 in NVIDIA/nccl @5067397c src/graph/paths.cc ncclTopoCheckGdr).
    if (cls === 'PIX' || cls === 'PXB') return [true, 'gdr'];
    return cls === 'PHB' && viaC2c(f, t, b.node) ? [true, 'gdr-c2c'] : [false, 'gdr-beyond-pxb'];
  }
  if (!a.p2pSupported || !b.p2pSupported) return [false, 'gpu-not-supported'];
  if (policy.virtualized) return [false, 'vm-passthrough'];
  if (policy.acsRedirect) return [false, 'acs-redirect'];
  if (cls === 'SYS') return [false, 'across-sockets'];
  if (viaNoP2pNode(f, t, b.node)) return [false, 'chipset'];
  return [true, 'pcie'];
}

/** Analyses the ordered pair a → b with `t` = the route tree of a. */
export function analyzePair(
  f: Fabric,
  t: RouteTree,
  a: DeviceInfo,
  b: DeviceInfo,
  policy: P2pPolicy,
): PairResult {
  const cls = classOf(f, t, a, b);
  const [p2p, p2pReason] = p2pOf(f, t, a, b, cls, policy);
  const n = b.node;
  const charge = t.ncclCharge[n]!;
  const out: PairResult = {
    class: cls,
    p2p,
    p2pReason,
    staged: false,
    bw: [t.bw[0][n]!, t.bw[1][n]! / charge, t.bw[2][n]!],
    bidir: [NaN, NaN, NaN],
    bidirLinkRatio: 2,
    bottleneck: t.bottleneck[0][n]!,
    hwLatencyNs: t.latencyNs[n]!,
    appLatencyUs: NaN,
  };
  // Unreachable, or two functions of one device (no link between them to measure).
  if (t.tier[n] === 0 || a.node === n) out.bw = [NaN, NaN, NaN];
  const cal = f.calibration;
  if (
    !p2p &&
    a.accelerator &&
    b.accelerator &&
    p2pReason !== 'different-hosts' &&
    p2pReason !== 'unreachable'
  ) {
    out.staged = true;
    stagedCopy(f, t, a, b, out);
  } else {
    const bidir = calParam(cal, 'bidirRatio.p2p') ?? 2;
    out.bidir = [out.bw[0] * 2, out.bw[1] * 2, out.bw[2] * bidir];
  }
  const sw = calParam(cal, out.staged ? 'appLatencyUs.staged' : 'appLatencyUs.p2p');
  out.appLatencyUs = sw === null ? NaN : out.hwLatencyNs / 1000 + sw;
  return out;
}

/** Device facts for pair analysis. */
export function deviceInfo(
  f: Fabric,
  id: string,
  chain: PcieChain | undefined,
  host: HostPath | null,
  /** Component whose fabric node the device occupies (a linkless function: the one holding the link). */
  at: string = id,
): DeviceInfo | null {
  const node = f.nodeOf(at);
  const c = f.ix.component.get(id);
  if (node === undefined || !c) return null;
  return {
    id,
    node,
    accelerator: kindTraits(c.kind).isAccelerator,
    chain,
    host,
    p2pSupported: f.ix.part(id)?.props?.p2pSupported !== false,
  };
}
