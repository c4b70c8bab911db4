/** What the planner needs to know about a preset node: accelerators, rails (NIC ports), power. */
import { buildBom } from '../bom/index.js';
import { findPart, type Catalog, type Part } from '../catalog/index.js';
import { kindTraits, type Component, type DraftIssue, type Protocol } from '../model/index.js';
import type { PresetNode } from './types.js';

/** One rail: a NIC network port, by its name inside the node (`nic3`, `p0`). */
export interface Rail {
  nic: string;
  port: string;
  lanes: number;
  laneRateGbps: number | null;
}

export interface NodeProfile {
  accelerators: number;
  acceleratorPart: Part | null;
  rails: Rail[];
  powerW: number;
  unknownPowerParts: string[];
  issues: DraftIssue[];
}

/** The trailing number of a name (`nic12` → 12), to order NICs the way their ids read. */
const indexOf = (name: string): number => Number(/(\d+)$/.exec(name)?.[1] ?? 0);

/** Local name of a component inside the preset's node: `node0/nic3` → `nic3`. */
export const localName = (node: string, id: string): string => id.slice(node.length + 1);

/**
 * The preset's unit (its top-level container: a node, or a rack of a rack-scale preset): accelerators and power
 * of the whole unit; rails of `railScope` (the node itself, or a rack's first compute tray), named inside it.
 */
export function nodeProfile(
  preset: PresetNode,
  catalog: Catalog,
  protocol: Protocol,
  railScope?: string,
): NodeProfile {
  const d = preset.design;
  const unit = d.containers.find((c) => c.parent === null)?.id ?? 'node0';
  const node = railScope ?? unit;
  const accel = d.components.filter((c) => kindTraits(c.kind).isAccelerator);
  const nics = d.components
    .filter((c) => kindTraits(c.kind).isNetworkEndpoint && c.id.startsWith(`${node}/`))
    .sort((a, b) => indexOf(a.name) - indexOf(b.name));
  const rails = nics.flatMap((c: Component) =>
    c.ports
      .filter((p) => p.role === 'peer' && (p.protocol === protocol || p.altProtocols.includes(protocol)))
      .map((p) => ({
        nic: localName(node, c.id),
        port: p.name,
        lanes: p.lanes,
        laneRateGbps: p.laneRateGbps,
      })),
  );
  const bom = buildBom(d, catalog);
  const power = bom.power.find((r) => r.id === unit);
  // to 0.1 W: cable powers are per end in tenths of a watt, and their float sum is not exact
  const powerW = Math.round((power?.powerW ?? 0) * 10) / 10;
  const unknownPowerParts = bom.lines.filter((l) => l.unitPowerW === null).map((l) => l.part);
  const issues: DraftIssue[] = [];
  if (unknownPowerParts.length > 0)
    issues.push({
      severity: 'info',
      code: 'plan-node-power-partial',
      message: `${d.containers.find((c) => c.parent === null)?.level ?? 'node'} power ${powerW} W counts known part powers only; no power figure for ${unknownPowerParts.join(', ')}`,
      hint: 'add powerW to those parts in a user catalog for a tighter rack fit',
    });
  return {
    accelerators: accel.length,
    acceleratorPart: accel[0] ? (findPart(catalog, accel[0].part) ?? null) : null,
    rails,
    powerW,
    unknownPowerParts,
    issues,
  };
}
