/** Non-PCIe links of an import: NVLink (to peers or NVSwitches), direct peer links (xGMI) and CPU socket links. */
import { findStandard, type Catalog } from '../../catalog/index.js';
import type { Protocol } from '../../model/index.js';
import { addComponent, addPort, nextPortName, type Builder, type PendingComponent } from './builder.js';
import type { RawDevice, RawHost } from './raw.js';

/** Lanes per NVLink link of a generation, from the catalog; else the newest generation the catalog has (reported). */
function lanesPerNvlink(b: Builder, gen: number | null): { lanes: number; gen: number | null } {
  if (gen !== null) {
    const std = findStandard(b.catalog, 'nvlink', gen);
    if (std?.lanesPerLink) return { lanes: std.lanesPerLink, gen };
  }
  const known = newestNvlink(b.catalog);
  const why =
    gen === null ? 'NVLink generation not given' : `NVLink ${gen} has no lanes-per-link in the catalog`;
  const message = known
    ? `${why}: ${known.lanesPerLink} lanes per link of NVLink ${known.gen} (the newest in the catalog) assumed`
    : 'no NVLink standard in the catalog: 1 lane per NVLink link assumed (width = link count)';
  if (!b.noted.has(message)) b.issues.push(() => ({ severity: 'info', code: 'nvlink-gen-assumed', message }));
  b.noted.add(message);
  return known ? { lanes: known.lanesPerLink ?? 1, gen: known.gen } : { lanes: 1, gen };
}

const newestNvlink = (catalog: Catalog) =>
  catalog.standards
    .filter((s) => s.protocol === 'nvlink' && s.lanesPerLink && s.gen !== null)
    .sort((x, y) => (y.gen ?? 0) - (x.gen ?? 0))[0];

/** NVLink links of every device that lists some; an unknown or switch target becomes an NVLink switch component. */
export function addNvlinks(b: Builder, devices: RawDevice[]): void {
  const seen = new Set<string>();
  for (const d of devices) {
    const gpu = b.components.get(d.key);
    if (!gpu || d.nvlinks.length === 0) continue;
    const gen = d.nvlinkGen ?? partNvlinkGen(b, gpu);
    const per = lanesPerNvlink(b, gen);
    for (const nv of d.nvlinks) {
      const peer = nv.targetIsSwitch ? undefined : b.components.get(nv.target);
      const pair = [d.key, nv.target].sort().join('|');
      if (peer && seen.has(pair)) continue;
      seen.add(pair);
      // A switch target that the PCIe tree already holds (hwloc lists NVSwitches as PCI devices) is that component.
      const other =
        peer ?? (nv.targetIsSwitch ? b.components.get(nv.target) : undefined) ?? nvswitch(b, nv.target);
      const width = nv.count * per.lanes;
      const ours = nvPort(gpu, width, per.gen);
      const theirs = peer
        ? nvPort(other, width, per.gen)
        : addPort(other, {
            name: nextPortName(other, 'p'),
            protocol: 'nvlink',
            lanes: width,
            role: 'peer',
            maxGen: per.gen,
          }).name;
      b.links.push({
        from: { key: gpu.key, port: ours },
        to: { key: other.key, port: theirs },
        protocol: 'nvlink',
        width,
        gen: per.gen,
        reported: { gen: per.gen, width },
        capable: null,
      });
    }
  }
}

function partNvlinkGen(b: Builder, c: PendingComponent): number | null {
  const part = b.catalog.parts.find((p) => p.id === c.part);
  return part?.ports.find((p) => p.protocol === 'nvlink')?.maxGen ?? null;
}

/** The device's single `nvlink` port, widened per link; several links are a bifurcation of it. */
function nvPort(c: PendingComponent, width: number, gen: number | null): string {
  const port =
    c.ports.find((p) => p.name === 'nvlink') ??
    addPort(c, { name: 'nvlink', protocol: 'nvlink', lanes: 0, role: 'peer', maxGen: gen });
  const split = [...(port.bifurcation?.[0] ?? (port.lanes > 0 ? [port.lanes] : [])), width];
  port.lanes += width;
  port.bifurcation = split.length > 1 ? [split] : null;
  return port.name;
}

function nvswitch(b: Builder, target: string): PendingComponent {
  const key = `nvsw:${target}`;
  const busId = /^[0-9a-f]{4}:/.test(target) ? target : null;
  return (
    b.components.get(key) ??
    addComponent(b, {
      key,
      kind: 'nvlink-switch',
      part: 'generic-nvlink-switch',
      busId,
      numaNode: null,
      infos: {},
    })
  );
}

/** Direct device-to-device links (rocm-smi xGMI). */
export function addPeerLinks(b: Builder, raw: RawHost): void {
  for (const l of raw.peerLinks) {
    const a = b.components.get(l.a);
    const z = b.components.get(l.b);
    if (!a || !z) continue;
    const pa = addPort(a, {
      name: nextPortName(a, 'xgmi'),
      protocol: l.protocol,
      lanes: l.width,
      role: 'peer',
    }).name;
    const pz = addPort(z, {
      name: nextPortName(z, 'xgmi'),
      protocol: l.protocol,
      lanes: l.width,
      role: 'peer',
    }).name;
    b.links.push({
      from: { key: a.key, port: pa },
      to: { key: z.key, port: pz },
      protocol: l.protocol,
      width: l.width,
      gen: null,
      reported: null,
      capable: null,
    });
  }
}

/**
 * Socket-to-socket links, every pair. Width is the protocol's full link width: Intel UPI 20 lanes (Intel Xeon Scalable
 * platform brief, "UPI x20"), AMD socket Infinity Fabric (xGMI) 16 lanes (AMD EPYC 9004 architecture overview).
 */
export const SOCKET_LINK_LANES: Partial<Record<Protocol, number>> = { upi: 20, 'infinity-fabric': 16 };

export function addSocketLinks(b: Builder, cpus: PendingComponent[], protocol: Protocol | null): void {
  if (cpus.length < 2) return;
  const proto = protocol ?? 'upi';
  const lanes = SOCKET_LINK_LANES[proto] ?? 16;
  b.issues.push(() => ({
    severity: 'info',
    code: 'socket-link-assumed',
    message: `socket links not described by the file: one ${proto} x${lanes} link between each pair of CPUs assumed${protocol ? '' : ' (CPU vendor unknown)'}`,
  }));
  for (let i = 0; i < cpus.length; i++) {
    for (let j = i + 1; j < cpus.length; j++) {
      const a = cpus[i]!;
      const z = cpus[j]!;
      const pa = addPort(a, { name: nextPortName(a, 'smp'), protocol: proto, lanes, role: 'peer' }).name;
      const pz = addPort(z, { name: nextPortName(z, 'smp'), protocol: proto, lanes, role: 'peer' }).name;
      b.links.push({
        from: { key: a.key, port: pa },
        to: { key: z.key, port: pz },
        protocol: proto,
        width: lanes,
        gen: null,
        reported: null,
        capable: null,
      });
    }
  }
}
