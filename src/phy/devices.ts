/** What the devices and cables inside a channel impose on a link: generation and width caps, latency, power, resets. */
import type { Link } from '../model/index.js';
import { kindTraits, mFromMm } from '../model/index.js';
import { componentPart, type PhyContext } from './context.js';
import type { Finding } from './findings.js';

/** A limit and what imposes it (for the message naming the cause). */
export interface Cap {
  value: number;
  by: string;
}

export interface ChannelDevices {
  genCaps: Cap[];
  laneCaps: Cap[];
  latencyNs: number;
  powerW: number;
  /** Budget resets: retimer-class devices and retimed (DSP) cables, each counted against the retimer limit. */
  resets: number;
  findings: Finding[];
}

/** Both ends of a cable draw `powerWPerEnd`. */
const CABLE_ENDS = 2;

export function channelDevices(ctx: PhyContext, link: Link): ChannelDevices {
  const out: ChannelDevices = { genCaps: [], laneCaps: [], latencyNs: 0, powerW: 0, resets: 0, findings: [] };
  link.channel.forEach((seg, i) => {
    if (seg.type === 'device') {
      const { c, part } = componentPart(ctx, seg.component);
      if (!c || !part) return; // reported by the channel evaluation
      const by = `${c.kind} ${part.id}`;
      if (kindTraits(c.kind).resetsChannelBudget) out.resets++;
      if (part.maxGen !== undefined) out.genCaps.push({ value: part.maxGen, by });
      const lanes = Math.max(0, ...part.ports.map((p) => p.lanes));
      if (lanes > 0) out.laneCaps.push({ value: lanes, by });
      if (part.latencyNs === null || part.powerW === null)
        out.findings.push({
          severity: 'info',
          code: 'phy-device-figure-unknown',
          message: `${by}: ${part.latencyNs === null ? 'latency' : 'power'} not in the catalog; counted as 0`,
          channelIndex: i,
          dedupeKey: `dev-figure:${part.id}`,
        });
      out.latencyNs += part.latencyNs ?? 0;
      out.powerW += part.powerW ?? 0;
    } else if (seg.type === 'cable') {
      const cable = ctx.cables.get(seg.part);
      if (!cable) return;
      const by = `cable ${cable.id}`;
      if (cable.resetsChannelBudget) out.resets++;
      if (cable.maxGen !== undefined) out.genCaps.push({ value: cable.maxGen, by });
      out.latencyNs += (cable.latencyNs ?? 0) + (cable.propagationNsPerM ?? 0) * mFromMm(seg.lengthMm);
      out.powerW += cable.powerWPerEnd * CABLE_ENDS;
    }
  });
  return out;
}

export const minCap = (caps: readonly Cap[]): Cap | null =>
  caps.reduce<Cap | null>((m, c) => (m === null || c.value < m.value ? c : m), null);
