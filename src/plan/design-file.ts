/** The compact format-v1 file of a plan: the preset imported, one rack module, switches and wiring with `repeat`. */
import type { Design } from '../model/index.js';
import type { SwitchPorts } from './switch-ports.js';
import type { ClosSizes, PresetNode } from './types.js';

export interface CompactInput {
  design: Design;
  preset: PresetNode;
  nodes: number;
  nodesPerRack: number;
  /** A rack-scale preset: its rack module is instantiated once per rack (no plan-rack module). */
  rackScale: boolean;
  clos: ClosSizes;
  sw: SwitchPorts;
  switchPart: string;
  decls: Record<string, unknown>[];
}

export function compactFile(x: CompactInput): Record<string, unknown> {
  const full = Math.floor(x.nodes / x.nodesPerRack);
  const rackModule = x.rackScale ? x.preset.module : 'plan-rack';
  const rest = x.nodes - full * x.nodesPerRack;
  const p = x.sw.ports[0]!;
  const ports = x.sw.declared
    ? [
        {
          name: 'p{i}',
          count: x.sw.radix,
          protocol: p.protocol,
          ...(p.altProtocols.length ? { altProtocols: p.altProtocols } : {}),
          lanes: p.lanes,
          ...(p.laneRateGbps !== null ? { laneRateGbps: p.laneRateGbps } : {}),
          role: 'peer',
        },
      ]
    : undefined;
  const tier = (prefix: string, count: number) =>
    count > 0
      ? [{ id: `${prefix}{i}`, part: x.switchPart, repeat: { i: count }, ...(ports ? { ports } : {}) }]
      : [];
  const s = x.design.settings;
  return {
    formatVersion: 1,
    name: x.design.name,
    description: x.design.description,
    ...(x.preset.modules ? {} : { imports: [`builtin:${x.preset.builtin}`] }),
    settings: {
      ...(s.recommendedMarginPct !== null ? { recommendedMarginPct: s.recommendedMarginPct } : {}),
      cablePreference: s.cablePreference,
      ...(s.rackPowerW !== null ? { rackPowerW: s.rackPowerW } : {}),
    },
    modules: {
      ...x.preset.modules,
      ...(x.rackScale
        ? {}
        : {
            'plan-rack': {
              level: 'rack',
              params: { nodes: x.nodesPerRack },
              instances: [{ id: 'node{n}', module: x.preset.module, repeat: { n: '{nodes}' } }],
            },
          }),
    },
    components: [
      ...tier('leaf', x.clos.leaves),
      ...tier('spine', x.clos.spines),
      ...tier('superspine', x.clos.superSpines),
    ],
    instances: [
      ...(full > 0 ? [{ id: 'rack{r}', module: rackModule, repeat: { r: full } }] : []),
      ...(rest > 0 ? [{ id: `rack${full}`, module: 'plan-rack', params: { nodes: rest } }] : []),
    ],
    links: x.decls,
  };
}
