/** InfraGraph graph wiring: component kinds from `type`/names, link protocols from names, connection strings. */
import type { Component, ComponentKind, Design, DraftIssue, Link, Protocol } from '../../model/index.js';
import type { IgComponent, IgDevice, IgLink } from './infragraph-file.js';

const KIND_BY_TYPE: Record<string, ComponentKind> = {
  cpu: 'cpu',
  xpu: 'accelerator',
  npu: 'accelerator',
  gpu: 'accelerator',
  nic: 'nic',
  switch: 'ethernet-switch',
};
/** Words in a `custom` component's or a link's name/description that say what it is (reported as guesses). */
const KIND_WORDS: [RegExp, ComponentKind][] = [
  [/pcie|pci express/i, 'pcie-switch'],
  [/nvl|nvlink/i, 'nvlink-switch'],
  [/switch|asic/i, 'ethernet-switch'],
];
const PROTOCOL_WORDS: [RegExp, Protocol][] = [
  [/pcie|pci express/i, 'pcie'],
  [/nvlink/i, 'nvlink'],
  [/infinity|xgmi/i, 'infinity-fabric'],
  [/upi/i, 'upi'],
  [/ualink/i, 'ualink'],
  [/cxl/i, 'cxl'],
  [/infiniband|\bib\b/i, 'infiniband'],
  [/eth/i, 'ethernet'],
];

/** The protocol a link's name or description says (Ethernet where they say nothing known). */
export function protocolOf(links: IgLink[], linkName: string): Protocol {
  const link = links.find((l) => l.name === linkName);
  const text = `${linkName} ${link?.description ?? ''}`;
  return PROTOCOL_WORDS.find(([re]) => re.test(text))?.[1] ?? 'ethernet';
}

export function kindOf(comp: IgComponent): { kind: ComponentKind; guessed: boolean } {
  const byType = KIND_BY_TYPE[comp.type ?? ''];
  if (byType) return { kind: byType, guessed: false };
  const text = `${comp.name} ${comp.description ?? ''}`;
  return { kind: KIND_WORDS.find(([re]) => re.test(text))?.[1] ?? 'slot', guessed: true };
}

/** Without `count`, the highest index any connection uses, plus one. */
export function countFromConnections(dev: IgDevice, name: string): number {
  let n = 1;
  for (const c of dev.connections ?? []) {
    const p = c.split('.');
    if (p[0] === name) n = Math.max(n, Number(p[1]) + 1);
    if (p[3] === name) n = Math.max(n, Number(p[4]) + 1);
  }
  return n;
}

/** `a.i.link.b.j` (device level, `endLen` 2) or `inst.i.a.j.link.inst.k.b.l` (top level, `endLen` 4). */
export function connect(
  design: Design,
  byRef: Map<string, Component>,
  links: IgLink[],
  conn: string,
  key: (ref: string) => string,
  issues: DraftIssue[],
  endLen = 2,
): void {
  const p = String(conn).split('.');
  const a = byRef.get(key(p.slice(0, endLen).join('.')));
  const linkName = p[endLen];
  const z = byRef.get(key(p.slice(endLen + 1).join('.')));
  if (!a || !z || !linkName) {
    issues.push({
      severity: 'warning',
      code: 'infragraph-connection-unresolved',
      message: `connection "${conn}" names a component the file does not define: skipped`,
    });
    return;
  }
  const protocol = protocolOf(links, linkName);
  // InfraGraph gives bandwidth, not lanes: PCIe links are taken as x16 (the widest, PCIe Base Spec), others as 1 lane.
  const width = protocol === 'pcie' ? 16 : 1;
  const pa = `p${a.ports.length}`;
  const pz = `p${z.ports.length}`;
  const pcie = protocol === 'pcie' || protocol === 'cxl';
  a.ports.push({
    name: pa,
    protocol,
    altProtocols: [],
    lanes: width,
    maxGen: null,
    laneRateGbps: null,
    role: pcie ? 'downstream' : 'peer',
    bifurcation: null,
    partition: null,
  });
  z.ports.push({
    name: pz,
    protocol,
    altProtocols: [],
    lanes: width,
    maxGen: null,
    laneRateGbps: null,
    role: pcie ? 'upstream' : 'peer',
    bifurcation: null,
    partition: null,
  });
  const l: Link = {
    id: `${a.id}.${pa}~${z.id}.${pz}`,
    from: { component: a.id, port: pa },
    to: { component: z.id, port: pz },
    protocol,
    width,
    gen: null,
    laneRateGbps: null,
    channel: [],
    reported: null,
    capable: null,
  };
  design.links.push(l);
}
