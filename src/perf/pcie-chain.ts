/**
 * PCIe ancestry of an endpoint: the virtual switches (switch + partition) above it, the root port it hangs off
 * (one host bridge each) and its CPU socket. nvidia-smi's PIX/PXB/PHB/NODE/SYS classes compare two chains.
 */
import { kindTraits, portKey, type Design, type Link, type Port, type PortRef } from '../model/index.js';

export interface PcieChain {
  /** `switchId#partition` from the endpoint upward. */
  switches: string[];
  /** `cpuId.port` of the root port, or null when the tree reaches no root complex. */
  rootPort: string | null;
  socket: string | null;
  /** Ports entered on the way up (switch ports, then the root port), for walking the fabric. */
  via: PortRef[];
}

const isPcie = (l: Link): boolean => l.protocol === 'pcie' || l.protocol === 'cxl';

/** Chains for every PCIe endpoint of `design`, keyed by component id. */
export function pcieChains(design: Design): Map<string, PcieChain> {
  const byPort = new Map<string, Link>();
  for (const l of design.links) {
    if (!isPcie(l)) continue;
    byPort.set(portKey(l.from), l);
    byPort.set(portKey(l.to), l);
  }
  const comp = new Map(design.components.map((c) => [c.id, c]));
  const out = new Map<string, PcieChain>();
  for (const c of design.components) {
    if (kindTraits(c.kind).pcieRole !== 'endpoint') continue;
    const up = c.ports.find((p) => byPort.has(`${c.id}.${p.name}`) && p.role !== 'downstream');
    if (!up) continue;
    out.set(c.id, walkUp(byPort, comp, c.id, up));
  }
  return out;
}

function walkUp(
  byPort: Map<string, Link>,
  comp: Map<string, Design['components'][number]>,
  startId: string,
  startPort: Port,
): PcieChain {
  const chain: PcieChain = { switches: [], rootPort: null, socket: null, via: [] };
  let cur = startId;
  let port: Port | undefined = startPort;
  for (let guard = 0; port && guard < 32; guard++) {
    const link = byPort.get(`${cur}.${port.name}`);
    if (!link) break;
    const other: PortRef = link.from.component === cur && link.from.port === port.name ? link.to : link.from;
    const oc = comp.get(other.component);
    const op: Port | undefined = oc?.ports.find((p) => p.name === other.port);
    if (!oc || !op) break;
    const role = kindTraits(oc.kind).pcieRole;
    chain.via.push(other);
    if (role === 'root-complex') {
      chain.rootPort = `${oc.id}.${op.name}`;
      chain.socket = oc.id;
      break;
    }
    if (role !== 'switch') break;
    chain.switches.push(`${oc.id}#${op.partition ?? ''}`);
    cur = oc.id;
    port = oc.ports.find(
      (p) =>
        p.role === 'upstream' &&
        (p.partition ?? '') === (op.partition ?? '') &&
        byPort.has(`${oc.id}.${p.name}`),
    );
  }
  return chain;
}

/** nvidia-smi class of two endpoints on the same host from their chains (see `nvidia-smi topo -m` legend). */
export function pcieClass(a: PcieChain, b: PcieChain): 'PIX' | 'PXB' | 'PHB' | 'NODE' | 'SYS' {
  if (a.socket !== null && b.socket !== null && a.socket !== b.socket) return 'SYS';
  if (a.rootPort !== b.rootPort) return 'NODE';
  const at = new Map(b.switches.map((s, i) => [s, i]));
  for (let i = 0; i < a.switches.length; i++) {
    const j = at.get(a.switches[i]!);
    if (j !== undefined) return i === 0 && j === 0 ? 'PIX' : 'PXB';
  }
  return 'PHB';
}
