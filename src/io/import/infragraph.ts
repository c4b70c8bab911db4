/**
 * InfraGraph YAML/JSON (Keysight/infragraph: devices with components, links and `a.i.link.b.j` connections;
 * instances; top-level `inst.i.comp.j.link.inst.k.comp.l` connections) → Design. A file written by rackwire carries
 * the whole design under `annotations.rackwire`, which is read back as is (lossless round trip).
 */
import type { Catalog } from '../../catalog/index.js';
import { kindTraits, type Component, type Design, type DraftIssue } from '../../model/index.js';
import type { ImportResult } from './build-design.js';
import { genericPartId } from './parts.js';
import { parseFile, type IgDevice, type IgInstance } from './infragraph-file.js';
import { connect, countFromConnections, kindOf, protocolOf } from './infragraph-graph.js';

const emptyDesign = (name: string): Design => ({
  formatVersion: 1,
  name,
  description: `Imported from ${name}`,
  settings: { recommendedMarginPct: null, cablePreference: 'power', rackPowerW: null },
  containers: [],
  components: [],
  links: [],
});

export function importInfragraph(text: string, _catalog: Catalog, name = 'infragraph'): ImportResult {
  const issues: DraftIssue[] = [];
  const file = parseFile(text, issues);
  const annotated = file.annotations?.rackwire;
  if (annotated && Array.isArray(annotated.components) && Array.isArray(annotated.links)) {
    return {
      format: 'infragraph',
      design: annotated,
      issues: [
        {
          severity: 'info',
          code: 'infragraph-annotations',
          message: 'design read from the rackwire annotations of the file',
        },
      ],
    };
  }
  if (typeof file !== 'object' || (!Array.isArray(file.devices) && !Array.isArray(file.instances))) {
    issues.push({
      severity: 'error',
      code: 'infragraph-empty',
      message: 'no InfraGraph devices or instances found: not an InfraGraph file?',
      hint: 'an InfraGraph file lists `devices:` (with components, links, connections) and `instances:`',
    });
    return { format: 'infragraph', design: emptyDesign(name), issues };
  }
  const devices = new Map((file.devices ?? []).map((d) => [d.name, d]));
  const instances: IgInstance[] =
    file.instances ??
    (file.devices?.length === 1 ? [{ name: 'node', count: 1, device: file.devices[0]!.name }] : []);
  const design = emptyDesign(name);
  const byRef = new Map<string, Component>();
  for (const inst of instances) {
    const dev = devices.get(inst.device);
    if (!dev) {
      issues.push({
        severity: 'warning',
        code: 'infragraph-device-missing',
        message: `instance ${inst.name} names device ${inst.device}, which the file does not define (truncated?)`,
      });
      continue;
    }
    for (let i = 0; i < (inst.count ?? 1); i++) {
      const cid = instances.length === 1 && (inst.count ?? 1) === 1 ? 'node0' : `${inst.name}${i}`;
      addDeviceCopy(design, byRef, dev, cid, i === 0, issues);
    }
  }
  const instIds = (ref: string): string => {
    const [inst, idx, ...rest] = ref.split('.');
    const one = instances.length === 1 && (instances[0]!.count ?? 1) === 1;
    return `${one ? 'node0' : `${inst}${idx}`}|${rest.join('.')}`;
  };
  for (const conn of file.connections ?? [])
    connect(design, byRef, file.links ?? [], conn, instIds, issues, 4);
  return { format: 'infragraph', design, issues };
}

/** One copy of a device as the node container `cid`: its components (numbered) and its inner connections. */
function addDeviceCopy(
  design: Design,
  byRef: Map<string, Component>,
  dev: IgDevice,
  cid: string,
  first: boolean,
  issues: DraftIssue[],
): void {
  design.containers.push({ id: cid, name: cid, level: 'node', parent: null, module: dev.name });
  const ports = switchPorts(dev);
  if (first && ports.size > 0)
    issues.push({
      severity: 'info',
      code: 'infragraph-switch-ports',
      message: `${[...ports.values()].map((p) => `${dev.name}.${p.port}`).join(', ')}: ports of the switch they wire to (${[...new Set([...ports.values()].map((p) => p.switchName))].join(', ')}), not NICs`,
    });
  for (const comp of dev.components ?? []) {
    if (ports.has(comp.name)) continue;
    const { kind, guessed } = kindOf(comp);
    if (guessed && first)
      issues.push({
        severity: 'info',
        code: 'infragraph-kind-guessed',
        message: `component ${dev.name}.${comp.name} (type ${comp.type ?? 'none'}) read as ${kind}`,
      });
    const count = comp.count ?? countFromConnections(dev, comp.name);
    for (let j = 0; j < count; j++) {
      // A single component already named with its number (`gpu3`, as rackwire writes) keeps its name.
      const short = count === 1 && /\d$/.test(comp.name) ? comp.name : `${comp.name}${j}`;
      const c: Component = {
        id: `${cid}/${short}`,
        name: short,
        kind,
        part: genericPartId(kind),
        container: cid,
        ports: [],
        pciBusId: null,
        numaNode: null,
        infos: comp.description ? { description: comp.description } : {},
      };
      design.components.push(c);
      byRef.set(`${cid}|${comp.name}.${j}`, c);
    }
  }
  // A switch port stands for its switch: links to `port.j` reach the switch component (a port of its own each).
  for (const [comp, p] of ports) {
    for (const [j, k] of p.switchIndexOf) {
      const sw = byRef.get(`${cid}|${p.switchName}.${k}`);
      if (sw) byRef.set(`${cid}|${comp}.${j}`, sw);
    }
  }
  for (const conn of dev.connections ?? []) {
    if (ports.size > 0 && isPortWiring(conn, ports)) continue;
    connect(design, byRef, dev.links ?? [], conn, (ref) => `${cid}|${ref}`, issues);
  }
}

interface SwitchPorts {
  port: string;
  switchName: string;
  /** Port index → index of the switch component it wires to. */
  switchIndexOf: Map<number, number>;
}

/**
 * Components of a device that are ports of a switch in it, not NICs: `nic`-typed components wired inside the
 * device to a network switch component (InfraGraph's examples model a switch as an asic plus `port` components
 * of type nic). Keyed by component name.
 */
function switchPorts(dev: IgDevice): Map<string, SwitchPorts> {
  const comps = dev.components ?? [];
  const kinds = new Map(comps.map((c) => [c.name, kindOf(c).kind]));
  // A network switch (Ethernet, InfiniBand, NVLink): NICs do hang below a PCIe switch, as devices of their own.
  const forwards = (name: string): boolean => {
    const k = kinds.get(name);
    return k !== undefined && kindTraits(k).forwardsTraffic && kindTraits(k).pcieRole !== 'switch';
  };
  const out = new Map<string, SwitchPorts>();
  for (const conn of dev.connections ?? []) {
    const p = String(conn).split('.');
    // Over PCIe a NIC is a device below the switch (an exported PCIe switch reads back as `type: switch`).
    if (p.length !== 5 || ['pcie', 'cxl'].includes(protocolOf(dev.links ?? [], p[2]!))) continue;
    for (const [sw, swIdx, port, portIdx] of [
      [p[0]!, p[1]!, p[3]!, p[4]!],
      [p[3]!, p[4]!, p[0]!, p[1]!],
    ] as const) {
      if (!forwards(sw) || forwards(port) || !kindTraits(kinds.get(port) ?? 'slot').isNetworkEndpoint)
        continue;
      const entry = out.get(port) ?? { port, switchName: sw, switchIndexOf: new Map<number, number>() };
      entry.switchIndexOf.set(Number(portIdx), Number(swIdx));
      out.set(port, entry);
    }
  }
  return out;
}

/** A device connection from a switch to one of its own ports (`asic.0.ic.port.3`): wiring inside the chip. */
function isPortWiring(conn: string, ports: Map<string, SwitchPorts>): boolean {
  const p = String(conn).split('.');
  return (
    (ports.has(p[3] ?? '') && ports.get(p[3]!)!.switchName === p[0]) ||
    (ports.has(p[0] ?? '') && ports.get(p[0]!)!.switchName === p[3])
  );
}
