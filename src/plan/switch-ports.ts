/**
 * A switch part's radix at a port speed, read from its catalog ports: total SerDes lanes of its network ports
 * divided by the lanes one port of that speed needs (Tomahawk 5: 64 × 8 lanes of 100G = 512 lanes → 128 × 400G
 * by breakout, 64 × 800G native).
 */
import type { Part } from '../catalog/index.js';
import type { DraftIssue, Port, Protocol } from '../model/index.js';

export interface SwitchPorts {
  radix: number;
  lanesPerPort: number;
  laneRateGbps: number;
  /** The ports every switch of this plan has (`p0`..`p{radix-1}`); shared, never mutated. */
  ports: Port[];
  /** True when the ports differ from the part's default template (a breakout): the design file declares them. */
  declared: boolean;
  issues: DraftIssue[];
}

export function switchPorts(part: Part, protocol: Protocol, portGbps: number): SwitchPorts | DraftIssue {
  const net = part.ports.filter(
    (t) => t.role === 'peer' && (t.protocol === protocol || (t.altProtocols ?? []).includes(protocol)),
  );
  const rate = net[0]?.laneRateGbps;
  if (!rate || net.some((t) => t.laneRateGbps !== rate))
    return {
      severity: 'error',
      code: 'plan-switch-ports',
      message: `${part.id}: the catalog gives no uniform ${protocol} lane rate for its ports`,
    };
  const lanesPerPort = portGbps / rate;
  const nativeLanes = net[0]!.lanes;
  if (!Number.isInteger(lanesPerPort) || lanesPerPort > nativeLanes || nativeLanes % lanesPerPort !== 0)
    return {
      severity: 'error',
      code: 'plan-switch-ports',
      message: `${part.id}: ${portGbps}G ports need ${portGbps / rate} lanes of ${rate}G; its ports have ${nativeLanes} lanes and cannot be split into them`,
      hint: 'choose a scale-out option that matches the switch ports',
    };
  const totalLanes = net.reduce((s, t) => s + (t.count ?? 1) * t.lanes, 0);
  const radix = Math.floor(totalLanes / lanesPerPort);
  const ports: Port[] = Array.from({ length: radix }, (_, i) => ({
    name: `p${i}`,
    protocol: net[0]!.protocol,
    altProtocols: net[0]!.altProtocols ?? [],
    lanes: lanesPerPort,
    maxGen: net[0]!.maxGen ?? null,
    laneRateGbps: rate,
    role: 'peer',
    bifurcation: null,
    partition: null,
  }));
  const native = lanesPerPort === nativeLanes && part.ports.length === 1 && net[0]!.name === 'p{i}';
  return { radix, lanesPerPort, laneRateGbps: rate, ports, declared: !native, issues: [] };
}
