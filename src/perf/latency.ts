/** Hardware latency of links (in-channel devices, cables, FEC) and of the nodes a path passes through. */
import { kindTraits, mFromMm, type Link } from '../model/index.js';
import { findCable, findStandard } from '../catalog/index.js';
import { figure } from './figures.js';
import type { DesignIndex, LinkRunState } from './state.js';

/** One latency contribution, for `--explain`. */
export interface LatencyItem {
  label: string;
  latencyNs: number;
  source: string | null;
  estimate: string | null;
}

/** Latency a link adds one way: retimers and other in-channel devices, cable propagation, FEC (Gen6+). */
export function linkLatency(ix: DesignIndex, link: Link, st: LinkRunState): LatencyItem[] {
  const items: LatencyItem[] = [];
  if (st.addedLatencyNs !== null) {
    items.push({
      label: 'channel devices and cables (physical check)',
      latencyNs: st.addedLatencyNs,
      source: 'phy',
      estimate: null,
    });
  } else {
    for (const seg of link.channel) {
      if (seg.type === 'device') {
        const c = ix.component.get(seg.component);
        const stated = ix.part(seg.component)?.latencyNs ?? null;
        if (stated !== null)
          items.push({
            label: `${seg.component}`,
            latencyNs: stated,
            source: `part ${c?.part}`,
            estimate: null,
          });
        else if (c && kindTraits(c.kind).resetsChannelBudget) {
          const f = figure(ix.catalog, 'retimer-latency-ns');
          items.push({
            label: `${seg.component} (default)`,
            latencyNs: f.value,
            source: f.source,
            estimate: f.estimate,
          });
        }
      } else if (seg.type === 'cable') {
        const cable = findCable(ix.catalog, seg.part);
        const prop = figure(ix.catalog, 'cable-propagation-ns-per-m');
        const perM = cable?.propagationNsPerM ?? prop.value;
        items.push({
          label: `cable ${seg.part} ${mFromMm(seg.lengthMm)} m`,
          latencyNs: perM * mFromMm(seg.lengthMm) + (cable?.latencyNs ?? 0),
          source: cable?.propagationNsPerM !== undefined ? `cable ${seg.part}` : prop.source,
          estimate: cable?.propagationNsPerM !== undefined ? null : prop.estimate,
        });
      }
    }
  }
  const proto = link.protocol === 'cxl' ? 'pcie' : link.protocol;
  const s = st.gen === null ? undefined : findStandard(ix.catalog, proto, st.gen);
  if (s?.fecLatencyNs !== undefined) {
    items.push({
      label: `${s.id} FEC`,
      latencyNs: s.fecLatencyNs,
      source: s.sources?.fecLatencyNs ?? s.source ?? null,
      estimate: s.estimates?.fecLatencyNs ?? null,
    });
  }
  return items;
}

/** Latency of forwarding through a component: its part's figure, else the catalog default for its role. */
export function nodeLatency(ix: DesignIndex, componentId: string): LatencyItem | null {
  const c = ix.component.get(componentId);
  if (!c) return null;
  const t = kindTraits(c.kind);
  const stated = ix.part(componentId)?.latencyNs ?? null;
  if (stated !== null)
    return { label: componentId, latencyNs: stated, source: `part ${c.part}`, estimate: null };
  const id =
    t.pcieRole === 'switch'
      ? 'pcie-switch-latency-ns'
      : t.pcieRole === 'root-complex'
        ? 'pcie-root-complex-latency-ns'
        : t.forwardsTraffic && t.domain === 'scale-up'
          ? 'scale-up-switch-latency-ns'
          : t.forwardsTraffic
            ? 'network-switch-latency-ns'
            : null;
  if (id === null) return null;
  const f = figure(ix.catalog, id);
  return { label: `${componentId} (default)`, latencyNs: f.value, source: f.source, estimate: f.estimate };
}

/** Latency of crossing the socket interconnect once. */
export function socketHopLatency(ix: DesignIndex): LatencyItem {
  const f = figure(ix.catalog, 'socket-interconnect-latency-ns');
  return { label: 'socket interconnect hop', latencyNs: f.value, source: f.source, estimate: f.estimate };
}
