/**
 * All-pairs matrices over a device list: class, P2P, bandwidth (uni/bidir), latency and bottleneck, in the
 * layouts of `nvidia-smi topo -m` and `p2pBandwidthLatencyTest`. One route tree per source device.
 */
import type { DraftIssue } from '../model/index.js';
import type { Fabric } from './fabric.js';
import { linkHolders } from './functions.js';
import { hostPath } from './host-path.js';
import { analyzePair, deviceInfo, type DeviceInfo, type P2pPolicy, type P2pReason } from './pair.js';
import { pcieChains, type PcieChain } from './pcie-chain.js';
import { PROFILES, type Profile } from './profile.js';

export interface MatrixOptions {
  profile: Profile;
  p2pPolicy?: P2pPolicy;
}

type M<T> = (T | null)[][];

export interface PathMatrices {
  devices: string[];
  profile: Profile;
  class: M<string>;
  p2p: M<boolean>;
  p2pReason: M<P2pReason>;
  bwGBps: M<number>;
  bidirGBps: M<number>;
  hwLatencyNs: M<number>;
  /** Hardware latency plus calibrated software time (µs); null without a calibration. */
  appLatencyUs: M<number>;
  /** Design link id of the bottleneck of the profile's path (first link of the bundle). */
  bottleneck: M<string>;
  issues: DraftIssue[];
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

const DEVICE_FACTS = Symbol('PCIe chains and link holders');

/** PCIe chains and link holders of the fabric's design, computed once per fabric (a cluster asks host by host). */
const factsOf = (f: Fabric): { chains: Map<string, PcieChain>; holders: Map<string, string> } =>
  f.memo(DEVICE_FACTS, () => ({ chains: pcieChains(f.ix.design), holders: linkHolders(f.ix.design) }));

/** Device facts (chains, host paths) for a list of device ids; unknown ids are reported and skipped. */
export function deviceInfos(f: Fabric, ids: readonly string[], issues: DraftIssue[]): DeviceInfo[] {
  const { chains, holders } = factsOf(f);
  const out: DeviceInfo[] = [];
  for (const id of ids) {
    // A linkless function of a multi-function device is placed where the function holding the link is.
    const at = holders.get(id) ?? id;
    const chain = chains.get(at);
    const d = deviceInfo(f, id, chain, hostPath(f, at, chain), at);
    if (d) out.push(d);
    else
      issues.push({
        severity: 'error',
        code: 'perf-unknown-device',
        message: `no routable component '${id}'`,
      });
  }
  return out;
}

export function pathMatrices(f: Fabric, deviceIds: readonly string[], opts: MatrixOptions): PathMatrices {
  const issues: DraftIssue[] = [...f.issues];
  const devs = deviceInfos(f, deviceIds, issues);
  const k = PROFILES.indexOf(opts.profile);
  const n = devs.length;
  const mk = <T>(): M<T> => Array.from({ length: n }, () => new Array<T | null>(n).fill(null));
  const m: PathMatrices = {
    devices: devs.map((d) => d.id),
    profile: opts.profile,
    class: mk(),
    p2p: mk(),
    p2pReason: mk(),
    bwGBps: mk(),
    bidirGBps: mk(),
    hwLatencyNs: mk(),
    appLatencyUs: mk(),
    bottleneck: mk(),
    issues,
  };
  const policy = opts.p2pPolicy ?? {};
  for (let i = 0; i < n; i++) {
    const a = devs[i]!;
    const t = f.tree(a.node);
    for (let j = 0; j < n; j++) {
      if (i === j) {
        m.class[i]![j] = 'X';
        continue;
      }
      const r = analyzePair(f, t, a, devs[j]!, policy);
      m.class[i]![j] = r.class;
      m.p2p[i]![j] = r.p2p;
      m.p2pReason[i]![j] = r.p2pReason;
      m.bwGBps[i]![j] = num(r.bw[k]!);
      m.bidirGBps[i]![j] = num(r.bidir[k]!);
      m.hwLatencyNs[i]![j] = num(r.hwLatencyNs);
      m.appLatencyUs[i]![j] = num(r.appLatencyUs);
      m.bottleneck[i]![j] = r.bottleneck >= 0 ? f.directedLinks[r.bottleneck]!.linkId : null;
    }
  }
  return m;
}
