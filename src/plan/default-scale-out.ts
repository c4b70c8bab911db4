/**
 * The scale-out network a preset's own NICs run when the intent names none (issue #16): the protocol of the first
 * NIC's network port (InfiniBand, also on a VPI adapter → `-ib`; Ethernet only → `-roce`) at the smallest option speed that carries its port
 * speed (lanes × lane rate). Also lists the options a preset can use, for errors that name the working choices.
 */
import { kindTraits, type Design, type Protocol } from '../model/index.js';
import { SCALE_OUT } from './fabric-options.js';
import { SCALE_OUT_OPTIONS, type ScaleOut } from './types.js';

interface NicPort {
  protocols: Protocol[];
  gbps: number;
}

const nicPorts = (d: Design): NicPort[] =>
  d.components
    .filter((c) => kindTraits(c.kind).isNetworkEndpoint)
    .flatMap((c) => c.ports.filter((p) => p.role === 'peer'))
    .map((p) => ({ protocols: [p.protocol, ...p.altProtocols], gbps: p.lanes * (p.laneRateGbps ?? 0) }));

/** Scale-out options whose protocol some NIC port of the preset runs. */
export const usableScaleOuts = (d: Design): ScaleOut[] => {
  const ports = nicPorts(d);
  return SCALE_OUT_OPTIONS.filter((o) => ports.some((p) => p.protocols.includes(SCALE_OUT[o].protocol)));
};

/** The default for a preset, with the reason; null when no NIC port runs a scale-out protocol. */
export function defaultScaleOut(d: Design): { option: ScaleOut; why: string } | null {
  const first = nicPorts(d).find((p) => p.protocols.some((x) => x === 'infiniband' || x === 'ethernet'));
  if (!first) return null;
  // A VPI adapter (ConnectX-7: InfiniBand or Ethernet) takes InfiniBand, as NVIDIA's DGX reference designs do.
  const protocol: Protocol = first.protocols.includes('infiniband') ? 'infiniband' : 'ethernet';
  const fits = SCALE_OUT_OPTIONS.filter((o) => SCALE_OUT[o].protocol === protocol).sort(
    (a, b) => SCALE_OUT[a].portGbps - SCALE_OUT[b].portGbps,
  );
  const option = fits.find((o) => SCALE_OUT[o].portGbps >= first.gbps) ?? fits[fits.length - 1]!;
  return { option, why: `the preset's NICs run ${first.gbps}G ${protocol}` };
}
