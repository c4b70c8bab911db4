/**
 * Rack-scale presets (issue #16): a preset whose top level is a rack (`gb200-nvl72`: 18 compute trays and 9
 * NVLink switch trays in one NVLink domain) is replicated rack by rack, never split. Its scale-out nodes are the
 * trays that hold NICs (`compute0..17`): each is one node of the Clos, with the tray's NIC ports as rails, so the
 * scale-out network between racks is planned as for single nodes.
 */
import type { Container, Design, DraftIssue } from '../model/index.js';
import { kindTraits } from '../model/index.js';

export interface RackUnit {
  /** The preset's rack container (`rack0`). */
  root: Container;
  /** Name prefix of the trays with NICs (`compute`), numbered 0..trays-1. */
  trayPrefix: string;
  trays: number;
  /** Id of the first such tray (`rack0/compute0`): the rails are read from it. */
  firstTray: string;
  acceleratorsPerRack: number;
  /** Scale-up switch components per rack (NVLink / UALink switch ASICs in the switch trays). */
  scaleUpSwitchesPerRack: number;
  /** Node containers without NICs (switch trays). */
  otherTrays: number;
  /** Links to the scale-up switches (GB200 NVL72: the 1,296 NVLink spine cables). */
  scaleUpLinksPerRack: number;
}

const NAME = /^(.*?)(\d+)$/;

/** The rack unit of a preset whose top level is a rack, or the issue that says why it cannot be planned. */
export function rackUnit(design: Design): { unit: RackUnit | null; issues: DraftIssue[] } {
  const root = design.containers.find((c) => c.parent === null);
  if (!root || root.level !== 'rack') return { unit: null, issues: [] };
  const containerOf = new Map(design.components.map((c) => [c.id, c.container]));
  const parent = new Map(design.containers.map((c) => [c.id, c.parent]));
  const nodeOf = (container: string | null): string | null => {
    for (let at = container; at !== null; at = parent.get(at) ?? null)
      if (parent.get(at) === root.id) return at;
    return null;
  };
  const withNic = new Set<string>();
  for (const c of design.components)
    if (kindTraits(c.kind).isNetworkEndpoint) {
      const n = nodeOf(containerOf.get(c.id) ?? null);
      if (n) withNic.add(n);
    }
  const trays = design.containers.filter((c) => c.parent === root.id && withNic.has(c.id));
  const names = trays.map((t) => NAME.exec(t.name));
  const prefix = names[0]?.[1] ?? '';
  const indices = new Set(names.map((m) => (m && m[1] === prefix ? Number(m[2]) : -1)));
  const contiguous = trays.length > 0 && [...Array(trays.length).keys()].every((i) => indices.has(i));
  if (!contiguous)
    return {
      unit: null,
      issues: [
        {
          severity: 'error',
          code: 'plan-rack-trays',
          message: `${design.name}: the trays with NICs in ${root.id} are not one numbered series (${trays.map((t) => t.name).join(', ') || 'none'})`,
          hint: 'a rack-scale preset names its compute trays PREFIX0..PREFIXn-1 (gb200-nvl72: compute0..compute17)',
        },
      ],
    };
  const accel = design.components.filter((c) => kindTraits(c.kind).isAccelerator).length;
  const scaleUpIds = new Set(
    design.components.filter((c) => kindTraits(c.kind).domain === 'scale-up').map((c) => c.id),
  );
  const scaleUpLinks = design.links.filter(
    (l) => scaleUpIds.has(l.from.component) || scaleUpIds.has(l.to.component),
  ).length;
  return {
    unit: {
      root,
      trayPrefix: prefix,
      trays: trays.length,
      firstTray: `${root.id}/${prefix}0`,
      acceleratorsPerRack: accel,
      scaleUpSwitchesPerRack: scaleUpIds.size,
      scaleUpLinksPerRack: scaleUpLinks,
      otherTrays: design.containers.filter((c) => c.parent === root.id).length - trays.length,
    },
    issues: [],
  };
}

/** A rack-scale preset's draw against the rack limit: over it is a warning (the rack is one unit, not refilled). */
export function rackDraw(preset: string, rackPowerW: number, limitW: number): DraftIssue[] {
  if (rackPowerW <= limitW) return [];
  return [
    {
      severity: 'warning',
      code: 'plan-rack-over-power',
      message: `one ${preset} rack draws ${rackPowerW} W, over the rack limit of ${limitW} W`,
      hint: 'a rack-scale preset is planned whole: raise --rack-power-kw to what the site supplies',
    },
  ];
}
