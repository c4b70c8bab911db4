/**
 * The cluster planner (issue #7): replicates a preset node into racks within power and space limits, sizes a
 * folded Clos from the switch part's radix, wires NICs to leaves by rail and picks every cable by distance.
 * Returns the in-memory design and the compact format-v1 file that loads to the same design.
 */
import type { Catalog } from '../catalog/index.js';
import type { Component, Container, Design, DraftIssue, Link } from '../model/index.js';
import { resolve, type Resolved } from './choose.js';
import { closSizes } from './clos.js';
import { compactFile } from './design-file.js';
import { usableScaleOuts } from './default-scale-out.js';
import { nicsAtSpeed } from './fabric-options.js';
import { floorFigures, type FloorFigures } from './floor-plan.js';
import { nodeProfile, type NodeProfile } from './node-profile.js';
import { fitRack, heightU, type RackFit } from './racks.js';
import { rackDraw, rackUnit, type RackUnit } from './rack-unit.js';
import { nodeCopier } from './replicate.js';
import { switchPorts, type SwitchPorts } from './switch-ports.js';
import type { ClosSizes, PlanIntent, PlanResult, PresetNode } from './types.js';
import type { Wiring } from './wiring-types.js';
import { wireScaleOut } from './wiring.js';

const failed = (issues: DraftIssue[]): PlanResult => ({
  design: null,
  designFile: null,
  counts: null,
  clos: null,
  layout: null,
  choice: null,
  issues,
});
const hasError = (issues: DraftIssue[]) => issues.some((i) => i.severity === 'error');

/** What the plan is sized from: the resolved intent, floor figures, switch ports, node profile, rack fit and Clos. */
interface Sizing {
  rs: Resolved;
  f: FloorFigures;
  sw: SwitchPorts;
  profile: NodeProfile;
  nodes: number;
  nodeHeightU: number;
  switchHeightU: number;
  fit: RackFit;
  clos: ClosSizes;
  /** A rack-scale preset (gb200-nvl72): whole racks, its compute trays the nodes; null for node presets. */
  unit: RackUnit | null;
}

export function planCluster(
  intent: PlanIntent,
  catalog: Catalog,
  presets: Record<string, PresetNode>,
): PlanResult {
  const { resolved, issues } = resolve(intent, catalog, presets);
  const sizing = sizePlan(intent, catalog, resolved, issues);
  if (!sizing || hasError(issues)) return failed(issues);
  issues.push(...planNotes(sizing, catalog));
  const { rs, profile, nodes, fit, clos, unit } = sizing;
  const racks = Math.ceil(nodes / fit.nodesPerRack);
  const out = placeNodesAndSwitches(sizing, racks);
  const wiring = wireScaleOut({
    figures: sizing.f,
    catalog,
    prefer: 'power',
    protocol: rs.scaleOut.protocol,
    topology: rs.topology,
    nodes,
    nodesPerRack: fit.nodesPerRack,
    nodePrefix: unit ? unit.trayPrefix : 'node',
    nodeHeightU: sizing.nodeHeightU,
    switchHeightU: sizing.switchHeightU,
    rails: profile.rails,
    clos,
    sw: sizing.sw,
  });
  issues.push(...wiring.issues);
  for (const l of wiring.links) out.links.push(l);
  const design: Design = {
    formatVersion: 1,
    name: intent.name ?? `${rs.preset.builtin}-x${unit ? racks : nodes}`,
    description: `${unit ? `${racks} × ${rs.preset.builtin} racks (${nodes} compute trays)` : `${nodes} × ${rs.preset.builtin} in ${racks} racks`}, ${rs.topology} ${rs.scaleOut.name} (rackwire plan)`,
    settings: { ...rs.preset.design.settings, cablePreference: 'power', rackPowerW: rs.rackPowerW },
    ...out,
  };
  return planResult(sizing, design, wiring, racks, issues);
}

/** Sizes the plan (switch ports, node profile, node count, rack fit, Clos tiers), adding its issues; null where it cannot. */
function sizePlan(
  intent: PlanIntent,
  catalog: Catalog,
  rs: Resolved | null,
  issues: DraftIssue[],
): Sizing | null {
  const floor = floorFigures(catalog);
  issues.push(...floor.issues);
  if (!rs || !floor.figures) return null;
  const f = floor.figures;
  const sw = switchPorts(rs.switchPart, rs.scaleOut.protocol, rs.scaleOut.portGbps);
  if ('severity' in sw) return (void issues.push(sw), null);
  const ru = rackUnit(rs.preset.design);
  issues.push(...ru.issues);
  const unit = ru.unit;
  if (hasError(issues)) return null;
  const profile = nodeProfile(rs.preset, catalog, rs.scaleOut.protocol, unit?.firstTray);
  issues.push(...profile.issues);
  if (profile.rails.length === 0) {
    issues.push({
      severity: 'error',
      code: 'plan-no-rails',
      message: `${rs.preset.builtin}: no NIC port runs ${rs.scaleOut.protocol} (scale-out ${rs.scaleOut.name})`,
      hint: `scale-out options its NICs run: ${usableScaleOuts(rs.preset.design).join(', ') || 'none'}`,
    });
    return null;
  }
  const nodeH = heightU(catalog, 'node', rs.preset.builtin);
  const swH = heightU(catalog, 'switch', rs.switchPart.id);
  issues.push(...nodeH.issues, ...swH.issues);
  const fit = rackFitOf(rs, unit, f, nodeH.heightU, profile.powerW);
  issues.push(...fit.issues);
  const units = unitCount(intent, unit, profile.accelerators, fit.nodesPerRack);
  const nodes = unit ? units * unit.trays : units;
  if (nodes < 1) {
    issues.push({
      severity: 'error',
      code: 'plan-no-size',
      message: 'give --nodes, --racks or --accelerators',
    });
    return null;
  }
  if (unit) issues.push(...wholeRacks(intent, unit, rs.preset.builtin, units));
  if (hasError(issues)) return null;
  const clos = closOf(rs, sw, nodes, profile.rails.length, issues);
  if (!clos) return null;
  return {
    rs,
    f,
    sw,
    profile,
    nodes,
    nodeHeightU: nodeH.heightU,
    switchHeightU: swH.heightU,
    fit,
    clos,
    unit,
  };
}

/** Nodes per rack: a rack-scale preset is one rack (its compute trays are the nodes; never split or refilled), else power and space decide. */
function rackFitOf(
  rs: Resolved,
  unit: RackUnit | null,
  f: FloorFigures,
  nodeHeightU: number,
  nodePowerW: number,
): RackFit {
  if (!unit) return fitRack(f, nodeHeightU, nodePowerW, rs.rackPowerW);
  return {
    nodesPerRack: unit.trays,
    byPower: unit.trays,
    bySpace: unit.trays,
    issues: rackDraw(rs.preset.builtin, nodePowerW, rs.rackPowerW),
  };
}

/** The folded-Clos sizes for `nodes` × `rails` NIC ports, or an error issue when three tiers do not reach. */
function closOf(
  rs: Resolved,
  sw: SwitchPorts,
  nodes: number,
  rails: number,
  issues: DraftIssue[],
): ClosSizes | null {
  const clos = closSizes({ radix: sw.radix, ...rs.ratio, nodes, rails, topology: rs.topology });
  if (!clos)
    issues.push({
      severity: 'error',
      code: 'plan-too-large',
      message: `${nodes} nodes × ${rails} rails need more than three switch tiers at radix ${sw.radix} (at most ${sw.radix} pods of ${Math.floor(sw.radix / 2)} leaves)`,
      hint: 'choose a higher-radix scale-out option (400g-roce: 128 ports) or fewer nodes',
    });
  return clos;
}

/** Copies of the preset: from --nodes (a rack-scale preset's compute trays), --racks or --accelerators. */
function unitCount(intent: PlanIntent, unit: RackUnit | null, perNode: number, nodesPerRack: number): number {
  if (intent.nodes !== undefined) return Math.ceil(intent.nodes / (unit ? unit.trays : 1));
  if (intent.racks !== undefined) return intent.racks * (unit ? 1 : Math.max(1, nodesPerRack));
  return Math.ceil((intent.accelerators ?? 0) / Math.max(1, unit ? unit.acceleratorsPerRack : perNode));
}

/** A count that is not whole racks of a rack-scale preset says what it became. */
function wholeRacks(intent: PlanIntent, unit: RackUnit, preset: string, racks: number): DraftIssue[] {
  const byTrays = intent.nodes !== undefined;
  const asked = byTrays ? intent.nodes : intent.racks === undefined ? intent.accelerators : undefined;
  const got = byTrays ? racks * unit.trays : racks * unit.acceleratorsPerRack;
  if (asked === undefined || asked === got) return [];
  return [
    {
      severity: 'info',
      code: 'plan-whole-racks',
      message: `${preset} is planned in whole racks (${unit.trays} compute trays, ${unit.acceleratorsPerRack} accelerators): ${asked} ${byTrays ? 'compute trays' : 'accelerators'} → ${racks} rack${racks > 1 ? 's' : ''} (${got})`,
      hint: '--racks N names the racks directly',
    },
  ];
}

/** What a sized plan tells its reader: a rail-only fabric, NICs slower than the switch ports. */
function planNotes({ rs, sw, profile, clos }: Sizing, catalog: Catalog): DraftIssue[] {
  const notes: DraftIssue[] = [];
  if (clos.tiers === 1 && !clos.pooled)
    notes.push({
      severity: 'info',
      code: 'plan-rail-only',
      message: `each of the ${profile.rails.length} rails fits one ${sw.radix}-port switch: no spine tier; traffic between rails crosses inside the nodes (NCCL's PXN)`,
      hint: 'use --topology fat-tree for a spine tier that joins the rails',
    });
  const slower = profile.rails.find((r) => (r.laneRateGbps ?? 0) * r.lanes < rs.scaleOut.portGbps);
  if (slower)
    notes.push({
      severity: 'warning',
      code: 'plan-nic-slower-than-fabric',
      message: `${rs.preset.builtin}: ${slower.nic}.${slower.port} is ${(slower.laneRateGbps ?? 0) * slower.lanes}G; the ${rs.scaleOut.portGbps}G switch ports run at the NIC's speed`,
      hint: `catalog NICs with a ${rs.scaleOut.portGbps}G ${rs.scaleOut.protocol} port: ${nicsAtSpeed(catalog, rs.scaleOut.protocol, rs.scaleOut.portGbps).join(', ') || 'none'}; a preset node built with one gets the full port speed`,
    });
  return notes;
}

/** The racks with their copies of the preset node, and the leaf, spine and super-spine switches. */
function placeNodesAndSwitches(
  { rs, sw, nodes, fit, clos, unit }: Sizing,
  racks: number,
): { containers: Container[]; components: Component[]; links: Link[] } {
  const npr = fit.nodesPerRack;
  const out = { containers: [] as Container[], components: [] as Component[], links: [] as Link[] };
  const copier = nodeCopier(rs.preset);
  for (let r = 0; r < racks; r++) {
    const rack = `rack${r}`;
    if (unit) {
      copier.copy(rack, null, out);
      continue;
    }
    out.containers.push({ id: rack, name: rack, level: 'rack', parent: null, module: 'plan-rack' });
    for (let n = 0; n < Math.min(npr, nodes - r * npr); n++) copier.copy(`${rack}/node${n}`, rack, out);
  }
  const tiers: [string, number][] = [
    ['leaf', clos.leaves],
    ['spine', clos.spines],
    ['superspine', clos.superSpines],
  ];
  for (const [prefix, count] of tiers)
    for (let i = 0; i < count; i++)
      out.components.push({
        id: `${prefix}${i}`,
        name: `${prefix}${i}`,
        kind: rs.switchPart.kind,
        part: rs.switchPart.id,
        container: null,
        ports: sw.ports,
        pciBusId: null,
        numaNode: null,
        infos: {},
      });
  return out;
}

/** The plan's result: the design, its compact file, counts, Clos sizes, rack layout and the choices made. */
function planResult(
  { rs, sw, profile, nodes, fit, clos, unit }: Sizing,
  design: Design,
  wiring: Wiring,
  racks: number,
  issues: DraftIssue[],
): PlanResult {
  return {
    design,
    designFile: compactFile({
      design,
      preset: rs.preset,
      nodes,
      nodesPerRack: fit.nodesPerRack,
      rackScale: unit !== null,
      clos,
      sw,
      switchPart: rs.switchPart.id,
      decls: wiring.decls,
    }),
    counts: {
      racks,
      nodes,
      accelerators: unit ? racks * unit.acceleratorsPerRack : nodes * profile.accelerators,
      leaves: clos.leaves,
      spines: clos.spines,
      superSpines: clos.superSpines,
      nicLeafCables: wiring.counts.nicLeaf,
      leafSpineCables: wiring.counts.leafSpine,
      spineSuperSpineCables: wiring.counts.spineSuperSpine,
      cablesByType: wiring.cablesByType,
    },
    clos,
    layout: {
      nodesPerRack: fit.nodesPerRack,
      nodesPerRackByPower: fit.byPower,
      nodesPerRackBySpace: fit.bySpace,
      nodePowerW: profile.powerW,
      unknownPowerParts: profile.unknownPowerParts,
      rackPowerW: rs.rackPowerW,
      rails: profile.rails.length,
      acceleratorsPerNode: unit ? unit.acceleratorsPerRack / unit.trays : profile.accelerators,
      rackScale: unit
        ? {
            computeTrays: unit.trays,
            otherTrays: unit.otherTrays,
            acceleratorsPerRack: unit.acceleratorsPerRack,
            scaleUpSwitchesPerRack: unit.scaleUpSwitchesPerRack,
            scaleUpLinksPerRack: unit.scaleUpLinksPerRack,
          }
        : null,
    },
    choice: {
      preset: rs.preset.builtin,
      switchPart: rs.switchPart.id,
      portGbps: rs.scaleOut.portGbps,
      protocol: rs.scaleOut.protocol,
    },
    issues,
  };
}
