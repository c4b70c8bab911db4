/**
 * The cluster planner (issue #7): replicates a preset node into racks within power and space limits, sizes a
 * folded Clos from the switch part's radix, wires NICs to leaves by rail and picks every cable by distance.
 * Returns the in-memory design and the compact format-v1 file that loads to the same design.
 */
import type { Catalog } from '../catalog/index.js';
import type { Component, Container, Design, DraftIssue, Link } from '../model/index.js';
import { resolve } from './choose.js';
import { closSizes } from './clos.js';
import { compactFile } from './design-file.js';
import { usableScaleOuts } from './default-scale-out.js';
import { nicsAtSpeed } from './fabric-options.js';
import { floorFigures } from './floor-plan.js';
import { nodeProfile } from './node-profile.js';
import { fitRack, heightU } from './racks.js';
import { nodeCopier } from './replicate.js';
import { switchPorts } from './switch-ports.js';
import type { PlanIntent, PlanResult, PresetNode } from './types.js';
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

export function planCluster(
  intent: PlanIntent,
  catalog: Catalog,
  presets: Record<string, PresetNode>,
): PlanResult {
  const { resolved: rs, issues } = resolve(intent, catalog, presets);
  const floor = floorFigures(catalog);
  issues.push(...floor.issues);
  if (!rs || !floor.figures) return failed(issues);
  const f = floor.figures;
  const sw = switchPorts(rs.switchPart, rs.scaleOut.protocol, rs.scaleOut.portGbps);
  if ('severity' in sw) return failed([...issues, sw]);
  const profile = nodeProfile(rs.preset, catalog, rs.scaleOut.protocol);
  issues.push(...profile.issues);
  if (profile.rails.length === 0)
    return failed([
      ...issues,
      {
        severity: 'error',
        code: 'plan-no-rails',
        message: `${rs.preset.builtin}: no NIC port runs ${rs.scaleOut.protocol} (scale-out ${rs.scaleOut.name})`,
        hint: `scale-out options its NICs run: ${usableScaleOuts(rs.preset.design).join(', ') || 'none'}`,
      },
    ]);
  const nodes = intent.nodes ?? Math.ceil((intent.accelerators ?? 0) / Math.max(1, profile.accelerators));
  if (nodes < 1)
    return failed([
      ...issues,
      { severity: 'error', code: 'plan-no-size', message: 'give --nodes or --accelerators' },
    ]);
  const nodeH = heightU(catalog, 'node', rs.preset.builtin);
  const swH = heightU(catalog, 'switch', rs.switchPart.id);
  issues.push(...nodeH.issues, ...swH.issues);
  const fit = fitRack(f, nodeH.heightU, profile.powerW, rs.rackPowerW);
  issues.push(...fit.issues);
  const clos = closSizes({
    radix: sw.radix,
    ...rs.ratio,
    nodes,
    rails: profile.rails.length,
    topology: rs.topology,
  });
  if (!clos)
    issues.push({
      severity: 'error',
      code: 'plan-too-large',
      message: `${nodes} nodes × ${profile.rails.length} rails need more than three switch tiers at radix ${sw.radix} (at most ${sw.radix} pods of ${Math.floor(sw.radix / 2)} leaves)`,
      hint: 'choose a higher-radix scale-out option (400g-roce: 128 ports) or fewer nodes',
    });
  if (!clos || hasError(issues)) return failed(issues);
  if (clos.tiers === 1 && !clos.pooled)
    issues.push({
      severity: 'info',
      code: 'plan-rail-only',
      message: `each of the ${profile.rails.length} rails fits one ${sw.radix}-port switch: no spine tier; traffic between rails crosses inside the nodes (NCCL's PXN)`,
      hint: 'use --topology fat-tree for a spine tier that joins the rails',
    });
  const slower = profile.rails.find((r) => (r.laneRateGbps ?? 0) * r.lanes < rs.scaleOut.portGbps);
  if (slower)
    issues.push({
      severity: 'warning',
      code: 'plan-nic-slower-than-fabric',
      message: `${rs.preset.builtin}: ${slower.nic}.${slower.port} is ${(slower.laneRateGbps ?? 0) * slower.lanes}G; the ${rs.scaleOut.portGbps}G switch ports run at the NIC's speed`,
      hint: `catalog NICs with a ${rs.scaleOut.portGbps}G ${rs.scaleOut.protocol} port: ${nicsAtSpeed(catalog, rs.scaleOut.protocol, rs.scaleOut.portGbps).join(', ') || 'none'}; a preset node built with one gets the full port speed`,
    });

  const npr = fit.nodesPerRack;
  const racks = Math.ceil(nodes / npr);
  const out = { containers: [] as Container[], components: [] as Component[], links: [] as Link[] };
  const copier = nodeCopier(rs.preset);
  for (let r = 0; r < racks; r++) {
    const rack = `rack${r}`;
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
  const wiring = wireScaleOut({
    figures: f,
    catalog,
    prefer: 'power',
    protocol: rs.scaleOut.protocol,
    topology: rs.topology,
    nodes,
    nodesPerRack: npr,
    nodeHeightU: nodeH.heightU,
    switchHeightU: swH.heightU,
    rails: profile.rails,
    clos,
    sw,
  });
  issues.push(...wiring.issues);
  for (const l of wiring.links) out.links.push(l);
  const name = intent.name ?? `${rs.preset.builtin}-x${nodes}`;
  const design: Design = {
    formatVersion: 1,
    name,
    description: `${nodes} × ${rs.preset.builtin} in ${racks} racks, ${rs.topology} ${rs.scaleOut.name} (rackwire plan)`,
    settings: { ...rs.preset.design.settings, cablePreference: 'power', rackPowerW: rs.rackPowerW },
    ...out,
  };
  return {
    design,
    designFile: compactFile({
      design,
      preset: rs.preset,
      nodes,
      nodesPerRack: npr,
      clos,
      sw,
      switchPart: rs.switchPart.id,
      decls: wiring.decls,
    }),
    counts: {
      racks,
      nodes,
      accelerators: nodes * profile.accelerators,
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
      nodesPerRack: npr,
      nodesPerRackByPower: fit.byPower,
      nodesPerRackBySpace: fit.bySpace,
      nodePowerW: profile.powerW,
      unknownPowerParts: profile.unknownPowerParts,
      rackPowerW: rs.rackPowerW,
      rails: profile.rails.length,
      acceleratorsPerNode: profile.accelerators,
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
