/**
 * Bandwidth of one link, per direction: line rate × encoding × protocol efficiency (raw), and the figure
 * NCCL's topology code would use (nccl). Every factor is returned with its source for `--explain`.
 */
import { gBpsFromGbps, kindTraits, type DraftIssue, type Link } from '../model/index.js';
import { findStandard, type Standard } from '../catalog/index.js';
import { figure, optionalFigure } from './figures.js';
import type { DesignIndex, LinkRunState } from './state.js';

export interface RateFactor {
  label: string;
  value: number;
  unit: string;
  source: string | null;
  estimate: string | null;
}

export interface LinkRate {
  rawGBps: number | null;
  /** NCCL's figure for this link; for socket links it is the figure for the whole bundle (see `ncclPerBundle`). */
  ncclGBps: number | null;
  /** True when `ncclGBps` applies to all parallel links together (NCCL's one inter-CPU link). */
  ncclPerBundle: boolean;
  /** NVLink-style link count (width / lanes per link), 1 for lane-based protocols. */
  linkCount: number;
  factors: RateFactor[];
  issues: DraftIssue[];
  /** Standard taken without the link stating its generation (its rate is then an estimate), or null. */
  assumedStandard?: string;
}

const std = (s: Standard, label: string, value: number, unit: string, field: string): RateFactor => ({
  label,
  value,
  unit,
  source: s.sources?.[field] ?? s.source ?? null,
  estimate: s.estimates?.[field] ?? null,
});

const fig = (
  f: { value: number; unit: string; source: string | null; estimate: string | null },
  label: string,
) => ({
  label,
  value: f.value,
  unit: f.unit,
  source: f.source,
  estimate: f.estimate,
});

const product = (fs: RateFactor[]): number => fs.reduce((p, f) => p * f.value, 1);

/** Smallest max payload size stated by either endpoint part (`props.maxPayloadBytes`), else the catalog default. */
function payloadBytes(ix: DesignIndex, link: Link): RateFactor {
  const stated = [link.from.component, link.to.component]
    .map((id) => ix.part(id)?.props?.maxPayloadBytes)
    .filter((v): v is number => typeof v === 'number');
  if (stated.length > 0)
    return {
      label: 'max payload size',
      value: Math.min(...stated),
      unit: 'B',
      source: 'part props.maxPayloadBytes',
      estimate: null,
    };
  return fig(figure(ix.catalog, 'pcie-default-mps-bytes'), 'max payload size (default)');
}

function pcieRate(ix: DesignIndex, link: Link, st: LinkRunState, s: Standard, out: LinkRate): void {
  const gen = st.gen as number;
  const rate = std(s, `PCIe Gen${gen} line rate per lane`, gBpsFromGbps(s.rateGTps ?? 0), 'GB/s', 'rateGTps');
  const enc = std(
    s,
    `${s.encoding ?? 'line'} coding`,
    s.encodingEfficiency ?? 1,
    'ratio',
    'encodingEfficiency',
  );
  const mps = payloadBytes(ix, link);
  let proto: RateFactor;
  if (s.flit) {
    const hdr = figure(ix.catalog, 'pcie-flit-tlp-header-bytes');
    proto = {
      ...fig(hdr, `TLP header share at ${mps.value} B payload`),
      value: mps.value / (mps.value + hdr.value),
      unit: 'ratio',
    };
  } else {
    const tlp = figure(ix.catalog, 'pcie-tlp-overhead-bytes');
    const dllp = figure(ix.catalog, 'pcie-dllp-bytes-per-tlp');
    proto = {
      label: `TLP+DLLP overhead at ${mps.value} B payload (${tlp.value}+${dllp.value} B per TLP)`,
      value: mps.value / (mps.value + tlp.value + dllp.value),
      unit: 'ratio',
      source: `${tlp.source}; ${dllp.source}`,
      estimate: dllp.estimate,
    };
  }
  out.factors.push(
    rate,
    { label: 'lanes', value: st.width, unit: 'lanes', source: st.from, estimate: null },
    enc,
    proto,
  );
  out.rawGBps = product(out.factors);
  const nccl = optionalFigure(ix.catalog, `nccl-pci-gbps-per-lane-gen${gen}`);
  out.ncclGBps = nccl ? nccl.value * st.width : null;
}

/** Rate-named standards outside PCIe (UPI, UALink by rate): line rate × lanes × coding efficiency. */
function laneRate(st: LinkRunState, s: Standard, out: LinkRate): void {
  out.factors.push(
    std(s, `${s.name} line rate per lane`, gBpsFromGbps(s.rateGTps ?? 0), 'GB/s', 'rateGTps'),
    { label: 'lanes', value: st.width, unit: 'lanes', source: st.from, estimate: null },
    std(s, 'coding', s.encodingEfficiency ?? 1, 'ratio', 'encodingEfficiency'),
  );
  out.rawGBps = product(out.factors);
}

/**
 * The standard a link runs: by protocol and generation; when the generation is unknown and the protocol is
 * not PCIe, the catalog's newest standard of that protocol, always reported (info) and flagged as an estimate:
 * the catalog may hold only one platform's figure (UPI: Xeon 6 at 24 GT/s, which a Sapphire Rapids link does not
 * run), so the choice must be visible even when there is nothing else to choose.
 */
function standardFor(ix: DesignIndex, link: Link, st: LinkRunState, out: LinkRate): Standard | undefined {
  const protocol = link.protocol === 'cxl' ? 'pcie' : link.protocol;
  if (protocol !== 'pcie') {
    // A part that states its lane rate (a CPU's UPI speed) picks the standard of that rate within the generation.
    const port = ix.component.get(link.from.component)?.ports.find((p) => p.name === link.from.port);
    const lane = link.laneRateGbps ?? port?.laneRateGbps ?? null;
    const byRate =
      lane === null
        ? undefined
        : ix.catalog.standards.find(
            (s) =>
              s.protocol === protocol && s.laneRateGbps === lane && (st.gen === null || s.gen === st.gen),
          );
    if (byRate) return byRate;
  }
  if (st.gen !== null) {
    const s = findStandard(ix.catalog, protocol, st.gen);
    if (s) return s;
  }
  if (protocol === 'pcie') return undefined;
  const all = ix.catalog.standards.filter((s) => s.protocol === protocol);
  const s = [...all].sort((a, b) => (b.gen ?? 0) - (a.gen ?? 0))[0];
  if (s && all.some((o) => o.gen !== null) && s.gen !== null)
    out.issues.push({
      severity: 'info',
      code: 'perf-standard-assumed',
      message: `link ${link.id}: ${link.protocol} generation not stated; assumed ${s.id}${all.length === 1 ? ' (the only one in the catalog)' : ''}`,
      modelPath: ix.linkPath(link),
      hint: `the catalog's ${link.protocol} figure may be another platform's: add a standard for this CPU's rate (a user catalog works) and state the link gen`,
    });
  if (s && s.gen !== null) out.assumedStandard = s.id;
  return s;
}

function linkBasedRate(link: Link, st: LinkRunState, s: Standard, out: LinkRate, ix: DesignIndex): void {
  const lanesPerLink = s.lanesPerLink ?? 1;
  out.linkCount = Math.max(1, Math.floor(st.width / lanesPerLink));
  out.factors.push(std(s, `${s.name} per link`, s.linkGBpsPerDir ?? 0, 'GB/s', 'linkGBpsPerDir'), {
    label: 'links',
    value: out.linkCount,
    unit: 'links',
    source: `width ${st.width} / ${lanesPerLink} lanes per link`,
    estimate: null,
  });
  // A per-link figure given at line rate with a stated protocol share (UALink 1.0: 93 % effective peak).
  if (s.encodingEfficiency !== undefined && s.encodingEfficiency < 1)
    out.factors.push(
      std(s, 'effective share of the line rate', s.encodingEfficiency, 'ratio', 'encodingEfficiency'),
    );
  out.rawGBps = product(out.factors);
  const nccl =
    optionalFigure(ix.catalog, `nccl-${link.protocol}-gbps-per-link-gen${s.gen ?? 0}`) ??
    rcclArchFigure(ix, link);
  out.ncclGBps = nccl ? nccl.value * out.linkCount : null;
}

/**
 * RCCL keys its per-link GPU-to-GPU figure by the GPU architecture (ROCm/rccl src/graph/topo.h
 * `ncclTopoXGMISpeed(gcn)`): the figure `rccl-<protocol>-gbps-per-link-<gcnArch>` of the link's GPU ends
 * (part prop `gcnArch`), or undefined when a part states none or the two ends differ.
 */
function rcclArchFigure(ix: DesignIndex, link: Link): ReturnType<typeof optionalFigure> {
  const archs = new Set([link.from.component, link.to.component].map((id) => ix.part(id)?.props?.gcnArch));
  const [arch] = [...archs];
  if (archs.size !== 1 || typeof arch !== 'string') return undefined;
  return optionalFigure(ix.catalog, `rccl-${link.protocol}-gbps-per-link-${arch}`);
}

/** Ethernet / InfiniBand: lane rate × lanes × payload share of a full-MTU packet (headers and framing). */
function networkRate(ix: DesignIndex, link: Link, st: LinkRunState, out: LinkRate): void {
  const port = ix.component.get(link.from.component)?.ports.find((p) => p.name === link.from.port);
  const laneGbps = link.laneRateGbps ?? port?.laneRateGbps ?? null;
  if (laneGbps === null) {
    out.issues.push({
      severity: 'warning',
      code: 'perf-no-lane-rate',
      message: `link ${link.id} has no lane rate`,
      modelPath: ix.linkPath(link),
    });
    return;
  }
  const mtu = figure(ix.catalog, 'rdma-mtu-bytes');
  const hdrs =
    link.protocol === 'infiniband'
      ? [figure(ix.catalog, 'infiniband-header-bytes')]
      : [figure(ix.catalog, 'roce-header-bytes'), figure(ix.catalog, 'ethernet-frame-overhead-bytes')];
  const over = hdrs.reduce((s, h) => s + h.value, 0);
  out.factors.push(
    {
      label: 'lane rate',
      value: gBpsFromGbps(laneGbps),
      unit: 'GB/s',
      source: 'link/port laneRateGbps',
      estimate: null,
    },
    { label: 'lanes', value: st.width, unit: 'lanes', source: st.from, estimate: null },
    {
      label: `payload share at ${mtu.value} B MTU (${over} B headers+framing)`,
      value: mtu.value / (mtu.value + over),
      unit: 'ratio',
      source: [mtu, ...hdrs].map((h) => h.source).join('; '),
      estimate: null,
    },
  );
  out.rawGBps = product(out.factors);
  // NCCL: NIC speed in Mb/s ÷ 8000, i.e. the line rate in GB/s with no framing (anchors.md §1.4).
  out.ncclGBps = gBpsFromGbps(laneGbps) * st.width;
}

/** NCCL's inter-CPU figure for the CPU microarchitecture (`props.microarchitecture`) of the link's ends. */
function ncclSocket(ix: DesignIndex, link: Link, out: LinkRate): void {
  const props = ix.part(link.from.component)?.props;
  const arch = props?.microarchitecture;
  const stated = props?.ncclInterSocketGBps;
  const f = typeof arch === 'string' ? optionalFigure(ix.catalog, `nccl-sys-gbps-${arch}`) : undefined;
  const v = typeof stated === 'number' ? stated : f?.value;
  if (v !== undefined) {
    out.ncclGBps = v;
    out.ncclPerBundle = true;
  }
}

const isSocketLink = (ix: DesignIndex, link: Link): boolean =>
  [link.from.component, link.to.component].every((id) => {
    const c = ix.component.get(id);
    return c !== undefined && kindTraits(c.kind).pcieRole === 'root-complex';
  });

/** Bandwidth of `link` running at `st`. */
export function linkRate(ix: DesignIndex, link: Link, st: LinkRunState): LinkRate {
  const out: LinkRate = {
    rawGBps: null,
    ncclGBps: null,
    ncclPerBundle: false,
    linkCount: 1,
    factors: [],
    issues: [],
  };
  if (link.protocol === 'ethernet' || link.protocol === 'infiniband') {
    networkRate(ix, link, st, out);
    return out;
  }
  const s = standardFor(ix, link, st, out);
  if (!s) {
    out.issues.push({
      severity: 'warning',
      code: 'perf-no-standard',
      message: `link ${link.id}: no ${link.protocol} standard for generation ${st.gen ?? 'unknown'}; bandwidth unknown`,
      modelPath: ix.linkPath(link),
      hint: 'state the link gen or the ports maxGen, or add the standard to the catalog',
    });
    return out;
  }
  if (s.linkGBpsPerDir !== undefined) linkBasedRate(link, st, s, out, ix);
  else if (s.rateGTps !== undefined && s.protocol === 'pcie') pcieRate(ix, link, st, s, out);
  else if (s.rateGTps !== undefined) laneRate(st, s, out);
  const rate = out.factors[0];
  if (out.assumedStandard && rate)
    rate.estimate ??= `generation not stated; ${out.assumedStandard} assumed (the part may run another rate)`;
  if (isSocketLink(ix, link)) ncclSocket(ix, link, out);
  return out;
}
