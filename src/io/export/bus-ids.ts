/**
 * Bus ids for an NCCL topology file, from the user (`rackwire export --to nccl-xml --bus-ids FILE`): NCCL matches
 * devices by exact bus id, and a VM's bus ids are nothing like the host's. FILE is either
 * - an lspci listing of the VM (`lspci -Dnn`, or `lspci -D`, `lspci -tv` without numeric ids): read by the lspci
 *   importer, whose devices are matched to the design's in order, by catalog part (vendor:device, or the PCI ID
 *   database's name where the listing has no ids), then by kind; or
 * - a YAML map `component: bus id` (`node0/gpu0: "0000:05:00.0"`, ids relative to the node allowed), where a value
 *   may also be `{ busId, class }`; a switch partition is `pcisw0#v1`.
 * Devices must get real bus ids; bridges (switches) may stay synthetic, as Azure's published files have them.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Catalog } from '../../catalog/index.js';
import { kindTraits, suggest, type Component, type Design, type Issue } from '../../model/index.js';
import { importText } from '../import/index.js';
import type { PciIds } from '../import/pci-ids.js';
import { normBusId } from '../import/raw.js';

/** One device of the VM's listing. */
export interface ListedDevice {
  busId: string;
  part: string;
  kind: Component['kind'];
  /** `10de:2335`, or null when the listing has no numeric ids. */
  pciId: string | null;
  /** The class code the listing states (`lspci -nn`: `[0207]` -> 0x020700), or null. */
  classCode: string | null;
  description: string;
}

export type BusIdSource =
  | { kind: 'lspci'; file: string; devices: ListedDevice[] }
  | {
      kind: 'map';
      file: string;
      map: Map<string, { busId: string; classCode: string | null; line: number }>;
    };

export interface BusIdMatch {
  component: string;
  busId: string;
  /** How the device was found: named in the map, same catalog part, or only the same kind (another model). */
  by: 'map' | 'part' | 'kind';
  listed: ListedDevice | null;
}

export interface BusIdAssignment {
  busIds: Map<string, string>;
  classCodes: Map<string, string>;
  matches: BusIdMatch[];
  /** Design devices the source gave no bus id. */
  unmatched: string[];
  /** Listed devices no design device took (lspci listings). */
  unused: ListedDevice[];
  issues: Issue[];
}

const located = (
  file: string,
  line: number | undefined,
  i: Pick<Issue, 'severity' | 'code' | 'message'> & { hint?: string },
): Issue => ({
  path: null,
  file,
  line: line ?? null,
  column: line !== undefined ? 1 : null,
  hint: null,
  ...i,
});

/** Reads FILE's text: a YAML map when it parses as one, else an lspci listing. */
export function readBusIds(
  text: string,
  file: string,
  catalog: Catalog,
  pciIds: PciIds | null,
): { source: BusIdSource | null; issues: Issue[] } {
  const looksLspci =
    /^\s*(?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]\s/im.test(text) || /-\[[0-9a-f:]+\]-/.test(text);
  if (!looksLspci) return readMap(text, file);
  const r = importText(text, { catalog, pciIds, name: file, from: 'lspci' });
  // `lspci -nn` states the class: `0000:0d:00.0 Infiniband controller [0207]: ...`
  const classes = new Map<string, string>();
  for (const m of text.matchAll(
    /^\s*((?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\s[^[\n]*\[([0-9a-f]{4})\]:/gim,
  )) {
    const b = normBusId(m[1]!);
    if (b) classes.set(b, `0x${m[2]!.toLowerCase()}00`);
  }
  const devices = r.design.components
    .filter((c) => c.pciBusId && isDevice(c))
    .map((c) => ({
      busId: c.pciBusId!,
      part: c.part,
      kind: c.kind,
      pciId: c.infos.pciId ?? null,
      classCode: classes.get(c.pciBusId!) ?? null,
      description: c.infos.description ?? c.part,
    }));
  const issues: Issue[] = [];
  if (devices.length === 0)
    issues.push(
      located(file, undefined, {
        severity: 'error',
        code: 'bus-ids-none',
        message: 'the lspci listing names no accelerator, NIC, NVMe drive, CXL memory or NVSwitch',
        hint: 'give the output of "lspci -Dnn" run in the VM',
      }),
    );
  return { source: { kind: 'lspci', file, devices }, issues };
}

function readMap(text: string, file: string): { source: BusIdSource | null; issues: Issue[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const issues: Issue[] = [];
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lc.linePos(offset).line;
  if (doc.errors.length || !isMap(doc.contents)) {
    issues.push(
      located(file, lineOf(doc.errors[0]?.pos[0]), {
        severity: 'error',
        code: 'bus-ids-unreadable',
        message: 'not an lspci listing nor a YAML map of component ids to bus ids',
        hint: 'give "lspci -Dnn" output of the VM, or a YAML map such as  node0/gpu0: "0000:05:00.0"',
      }),
    );
    return { source: null, issues };
  }
  const map = new Map<string, { busId: string; classCode: string | null; line: number }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 1;
    const v = pair.value;
    const raw = isScalar(v) ? String(v.value) : isMap(v) ? String(v.get('busId') ?? '') : '';
    const cls = isMap(v) && v.get('class') !== undefined ? String(v.get('class')) : null;
    const busId = normBusId(raw);
    if (!busId || (cls !== null && !/^0x[0-9a-f]{6}$/i.test(cls))) {
      issues.push(
        located(file, line, {
          severity: 'error',
          code: 'bus-ids-bad-value',
          message: `${key}: ${busId ? `class "${cls}" is not a 24-bit class code` : `"${raw}" is not a bus id`}`,
          hint: 'a bus id is dddd:bb:dd.f (0000:05:00.0); a class is 0x020700',
        }),
      );
      continue;
    }
    map.set(key, { busId, classCode: cls?.toLowerCase() ?? null, line });
  }
  return { source: { kind: 'map', file, map }, issues };
}

/** PCIe endpoints and NVSwitches: what must carry a real bus id (switches may be synthetic). */
function isDevice(c: Component): boolean {
  const t = kindTraits(c.kind);
  return (t.pcieRole === 'endpoint' || c.kind === 'nvlink-switch') && !c.infos.sharesLinkOf;
}

/** An NVSwitch a VM does not show keeps a synthetic NVLink target (NCCL folds every NVSwitch target into one node). */
const mustHaveBusId = (c: Component): boolean => c.kind !== 'nvlink-switch';

/** Assigns the source's bus ids to the devices of one node of the design. */
export function matchBusIds(design: Design, node: string, source: BusIdSource): BusIdAssignment {
  const inNode = design.components.filter((c) => c.container === node || c.id.startsWith(`${node}/`));
  const devices = inNode.filter(isDevice);
  const out: BusIdAssignment = {
    busIds: new Map(),
    classCodes: new Map(),
    matches: [],
    unmatched: [],
    unused: [],
    issues: [],
  };
  if (source.kind === 'map') {
    const ids = new Set(inNode.map((c) => c.id));
    for (const [key, v] of source.map) {
      const [comp, partition] = key.split('#') as [string, string | undefined];
      const id = ids.has(comp) ? comp : `${node}/${comp}`;
      if (!ids.has(id)) {
        const near = suggest(
          comp,
          [...ids].map((i) => i.slice(node.length + 1)),
        );
        out.issues.push(
          located(source.file, v.line, {
            severity: 'error',
            code: 'bus-ids-unknown-component',
            message: `${key}: no component ${comp} in ${node}${near ? `; did you mean "${near}"?` : ''}`,
          }),
        );
        continue;
      }
      out.busIds.set(partition ? `${id}#${partition}` : id, v.busId);
      if (v.classCode) out.classCodes.set(id, v.classCode);
      out.matches.push({
        component: key.includes('/') ? key : `${node}/${key}`,
        busId: v.busId,
        by: 'map',
        listed: null,
      });
    }
    out.unmatched = devices.filter((d) => !out.busIds.has(d.id) && mustHaveBusId(d)).map((d) => d.id);
    return out;
  }
  const free = [...source.devices];
  const take = (d: Component, by: 'part' | 'kind', ok: (l: ListedDevice) => boolean): void => {
    const i = free.findIndex(ok);
    if (i < 0) return;
    const [l] = free.splice(i, 1) as [ListedDevice];
    out.busIds.set(d.id, l.busId);
    if (l.classCode) out.classCodes.set(d.id, l.classCode);
    out.matches.push({ component: d.id, busId: l.busId, by, listed: l });
  };
  // Same part first for every device (so that a kind match never takes a device another one matches exactly).
  for (const d of devices) take(d, 'part', (l) => l.part === d.part);
  for (const d of devices) if (!out.busIds.has(d.id)) take(d, 'kind', (l) => l.kind === d.kind);
  out.matches.sort((a, b) => a.component.localeCompare(b.component, 'en', { numeric: true }));
  out.unmatched = devices.filter((d) => !out.busIds.has(d.id) && mustHaveBusId(d)).map((d) => d.id);
  out.unused = free;
  const byKind = out.matches.filter((m) => m.by === 'kind');
  if (byKind.length)
    out.issues.push(
      located(source.file, undefined, {
        severity: 'warning',
        code: 'bus-ids-other-model',
        message: `${byKind.length} device(s) matched by kind only, the listing shows another model: ${byKind
          .slice(0, 4)
          .map((m) => `${m.component} <- ${m.busId} ${m.listed!.description}`)
          .join('; ')}${byKind.length > 4 ? '; ...' : ''}`,
        hint: 'check that the design is the machine the VM runs on',
      }),
    );
  return out;
}
