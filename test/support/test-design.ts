/** A small design builder for perf tests and benchmarks (no file format needed): terse ports, links, hosts. */
import type {
  Component,
  ComponentKind,
  Container,
  Design,
  Link,
  Port,
  Protocol,
} from '../../src/model/index.js';
import { builtinCatalogFile, mergeCatalogs, type Catalog, type Part } from '../../src/catalog/index.js';
import { pathFiguresCatalog } from '../../src/catalog/data/path-figures.js';

export interface PortSpec {
  protocol?: Protocol;
  lanes?: number;
  maxGen?: number | null;
  laneRateGbps?: number | null;
  role?: Port['role'];
  partition?: string | null;
}

export const port = (name: string, spec: PortSpec = {}): Port => ({
  name,
  protocol: spec.protocol ?? 'pcie',
  altProtocols: [],
  lanes: spec.lanes ?? 16,
  maxGen: spec.maxGen === undefined ? 5 : spec.maxGen,
  laneRateGbps: spec.laneRateGbps ?? null,
  role: spec.role ?? 'peer',
  bifurcation: null,
  partition: spec.partition ?? null,
});

export class DesignBuilder {
  readonly design: Design;
  constructor(name: string) {
    this.design = {
      formatVersion: 1,
      name,
      description: '',
      settings: { recommendedMarginPct: null, cablePreference: 'power', rackPowerW: null },
      containers: [],
      components: [],
      links: [],
    };
  }
  container(id: string, level: Container['level'], parent: string | null = null): this {
    this.design.containers.push({ id, name: id.split('/').pop()!, level, parent, module: null });
    return this;
  }
  comp(id: string, kind: ComponentKind, part: string, ports: Port[], numaNode: number | null = null): this {
    const container = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : null;
    const c: Component = {
      id,
      name: id.split('/').pop()!,
      kind,
      part,
      container,
      ports,
      pciBusId: null,
      numaNode,
      infos: {},
    };
    this.design.components.push(c);
    return this;
  }
  /** `a` and `b` are `component.port`; the component id is everything before the last dot. */
  link(
    a: string,
    b: string,
    opts: Partial<Pick<Link, 'protocol' | 'width' | 'gen' | 'channel' | 'laneRateGbps'>> = {},
  ): this {
    const ref = (s: string) => ({
      component: s.slice(0, s.lastIndexOf('.')),
      port: s.slice(s.lastIndexOf('.') + 1),
    });
    this.design.links.push({
      id: `${a}~${b}`,
      from: ref(a),
      to: ref(b),
      protocol: opts.protocol ?? 'pcie',
      width: opts.width ?? 16,
      gen: opts.gen ?? null,
      laneRateGbps: opts.laneRateGbps ?? null,
      channel: opts.channel ?? [],
      reported: null,
      capable: null,
    });
    return this;
  }
}

const part = (id: string, kind: ComponentKind, extra: Partial<Part> = {}): Part => ({
  id,
  kind,
  vendor: 'Test',
  name: id,
  ports: [],
  powerW: null,
  latencyNs: null,
  source: 'test part',
  ...extra,
});

/** Parts used by perf tests; figures that matter are stated per test. */
export const testParts: Part[] = [
  part('t-cpu-spr', 'cpu', { vendor: 'Intel', props: { microarchitecture: 'sapphire-rapids' } }),
  part('t-cpu-amd', 'cpu', { vendor: 'AMD', props: { microarchitecture: 'amd-zen4' } }),
  part('t-gpu', 'accelerator'),
  part('t-gpu-consumer', 'accelerator', { props: { p2pSupported: false } }),
  part('t-switch', 'pcie-switch', { latencyNs: 105 }),
  part('t-chipset', 'pcie-switch', { props: { p2pForwarding: false } }),
  part('t-nic', 'nic'),
  part('t-nvswitch', 'nvlink-switch'),
  part('t-ethsw', 'ethernet-switch', { latencyNs: 300 }),
  part('t-retimer', 'retimer', { latencyNs: 8 }),
];

export const testCatalog = (): Catalog =>
  mergeCatalogs(builtinCatalogFile, pathFiguresCatalog, { catalogVersion: 1, parts: testParts });
