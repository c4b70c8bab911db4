/** Renders a cluster plan: the `--json` object and a text summary (layout, switch tiers, cables). */
import type { ClosSizes, PlanResult } from '../plan/index.js';
import { table } from './table.js';

/** The `plan --json` body (absent values null; units in the keys). */
export function planJson(plan: PlanResult | null, file: string | null): Record<string, unknown> {
  return {
    file,
    preset: plan?.choice?.preset ?? null,
    switchPart: plan?.choice?.switchPart ?? null,
    portGbps: plan?.choice?.portGbps ?? null,
    protocol: plan?.choice?.protocol ?? null,
    counts: plan?.counts ?? null,
    clos: plan?.clos ?? null,
    layout: plan?.layout ?? null,
  };
}

const tiersText = (k: ClosSizes): string =>
  k.tiers === 1
    ? `1 (no spine tier: ${k.pooled ? 'every NIC port on one switch' : 'each rail on one switch; rails meet inside the nodes'})`
    : `${k.tiers} (leaf ${k.downlinksPerLeaf} down / up to ${k.uplinksPerLeaf} up, uplinks from populated downlinks)`;

export function planText(plan: PlanResult, file: string | null): string {
  const c = plan.counts!;
  const l = plan.layout!;
  const k = plan.clos!;
  const ch = plan.choice!;
  const rs = l.rackScale;
  const unknown = l.unknownPowerParts.length ? ` (unknown: ${l.unknownPowerParts.join(', ')})` : '';
  const rows: [string, string][] = rs
    ? [
        [
          'preset',
          `${ch.preset} (rack-scale: ${rs.acceleratorsPerRack} accelerators in one scale-up domain, ${rs.computeTrays} compute trays of ${l.rails} rails)`,
        ],
        ['racks / compute trays / accelerators', `${c.racks} / ${c.nodes} / ${c.accelerators}`],
        [
          'scale-up per rack',
          `${rs.scaleUpSwitchesPerRack} switches in ${rs.otherTrays} trays, ${rs.scaleUpLinksPerRack} links (${c.racks * rs.scaleUpLinksPerRack} in all)`,
        ],
        ['rack power', `${Math.round(l.nodePowerW)} W of ${l.rackPowerW} W per rack${unknown}`],
      ]
    : [
        ['preset', `${ch.preset} (${l.acceleratorsPerNode} accelerators, ${l.rails} rails per node)`],
        ['nodes / accelerators', `${c.nodes} / ${c.accelerators}`],
        [
          'racks',
          `${c.racks} (${l.nodesPerRack} nodes per rack: ${l.nodesPerRackBySpace} by space, ${l.nodesPerRackByPower} by power)`,
        ],
        ['node power', `${Math.round(l.nodePowerW)} W of ${l.rackPowerW} W per rack${unknown}`],
      ];
  rows.push(
    ['switch', `${ch.switchPart}, ${k.radix} × ${ch.portGbps}G ${ch.protocol}`],
    ['tiers', tiersText(k)],
    ['leaves / spines / super-spines', `${c.leaves} / ${c.spines} / ${c.superSpines}`],
    [
      'cables nic-leaf / leaf-spine / spine-super',
      `${c.nicLeafCables} / ${c.leafSpineCables} / ${c.spineSuperSpineCables}`,
    ],
    [
      'spare ports leaf / spine / super-spine',
      `${k.spareLeafPorts} / ${k.spareSpinePorts} / ${k.spareSuperSpinePorts}`,
    ],
  );
  const cables = Object.entries(c.cablesByType)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => [id, String(n)]);
  return [
    table(['plan', 'value'], rows),
    '',
    table(['scale-out cable', 'count'], cables, { right: new Set([1]) }),
    '',
    file ? `wrote ${file}` : 'no file written (use -o FILE)',
  ].join('\n');
}
