/** Small Design and catalog builders for the physical-layer tests (until io's loader is used). */
import { mergeCatalogs, type Catalog } from '../../src/catalog/index.js';
import { builtinCatalogFile } from '../../src/catalog/data/index.js';
import type {
  Component,
  ComponentKind,
  Design,
  Link,
  Port,
  Protocol,
  Segment,
} from '../../src/model/index.js';

const pcie = (name: string, lanes: number, maxGen: number, role: Port['role']) => ({
  name,
  protocol: 'pcie' as const,
  lanes,
  maxGen,
  role,
});

/**
 * The built-in standards, materials and connectors with test parts only (made-up but plausible figures,
 * named `test-*`), so no test depends on the part data another engineer maintains.
 */
export const testCatalog: Catalog = mergeCatalogs(
  { ...builtinCatalogFile, parts: [], cables: [] },
  {
    catalogVersion: 1,
    parts: [
      {
        id: 'test-cpu-g5',
        kind: 'cpu',
        vendor: 'Test',
        name: 'Gen5 CPU',
        ports: [pcie('pcie{i}', 16, 5, 'downstream')],
        powerW: 350,
        latencyNs: null,
        maxGen: 5,
      },
      {
        id: 'test-cpu-g6',
        kind: 'cpu',
        vendor: 'Test',
        name: 'Gen6 CPU',
        ports: [pcie('pcie{i}', 16, 6, 'downstream')],
        powerW: 350,
        latencyNs: null,
        maxGen: 6,
      },
      {
        id: 'test-gpu-g5',
        kind: 'accelerator',
        vendor: 'Test',
        name: 'Gen5 GPU',
        ports: [pcie('pcie', 16, 5, 'upstream')],
        powerW: 700,
        latencyNs: null,
        maxGen: 5,
      },
      {
        id: 'test-gpu-g6',
        kind: 'accelerator',
        vendor: 'Test',
        name: 'Gen6 GPU',
        ports: [pcie('pcie', 16, 6, 'upstream')],
        powerW: 1000,
        latencyNs: null,
        maxGen: 6,
      },
      {
        id: 'test-nic-x8',
        kind: 'nic',
        vendor: 'Test',
        name: 'x8 NIC',
        ports: [pcie('pcie', 8, 5, 'upstream')],
        powerW: 20,
        latencyNs: null,
        maxGen: 5,
      },
      {
        id: 'test-sw-g5',
        kind: 'pcie-switch',
        vendor: 'Test',
        name: 'Gen5 switch (on a switch card)',
        ports: [pcie('up', 16, 5, 'upstream'), pcie('dn{i}', 16, 5, 'downstream')],
        powerW: 50,
        latencyNs: 100,
        maxGen: 5,
      },
      {
        id: 'test-rt-g5',
        kind: 'retimer',
        vendor: 'Test',
        name: 'Gen5 retimer',
        ports: [pcie('a', 16, 5, 'peer'), pcie('b', 16, 5, 'peer')],
        powerW: 9,
        latencyNs: 10,
        maxGen: 5,
      },
      {
        id: 'test-rt-g6',
        kind: 'retimer',
        vendor: 'Test',
        name: 'Gen6 retimer',
        ports: [pcie('a', 16, 6, 'peer'), pcie('b', 16, 6, 'peer')],
        powerW: 11,
        latencyNs: 12,
        maxGen: 6,
      },
      {
        id: 'test-rd-g5',
        kind: 'redriver',
        vendor: 'Test',
        name: 'Gen5 redriver',
        ports: [],
        powerW: 1,
        latencyNs: 0,
        maxGen: 5,
        gain: [
          { freqGHz: 8, db: 12 },
          { freqGHz: 16, db: 18 },
        ],
      },
    ],
    cables: [
      {
        id: 'test-aec-pcie5',
        name: 'PCIe5 AEC',
        medium: 'aec',
        protocols: ['pcie', 'cxl'],
        maxGen: 5,
        maxReachM: 7,
        powerWPerEnd: 5,
        resetsChannelBudget: true,
        latencyNs: 10,
      },
      {
        id: 'test-pcie-copper',
        name: 'PCIe passive copper',
        medium: 'passive-copper',
        protocols: ['pcie'],
        maxGen: 6,
        maxReachM: 2,
        powerWPerEnd: 0,
        resetsChannelBudget: false,
        lossPerM: [
          { freqGHz: 8, db: 5 },
          { freqGHz: 16, db: 8 },
        ],
        connectorLossDb: 2,
      },
    ],
  },
);

export function comp(id: string, kind: ComponentKind, part: string, ports: Port[]): Component {
  const name = id.split('/').pop() ?? id;
  return { id, name, kind, part, container: null, ports, pciBusId: null, numaNode: null, infos: {} };
}

export function port(
  name: string,
  lanes: number,
  maxGen: number | null,
  role: Port['role'] = 'peer',
  protocol: Protocol = 'pcie',
): Port {
  return {
    name,
    protocol,
    altProtocols: [],
    lanes,
    maxGen,
    laneRateGbps: null,
    role,
    bifurcation: null,
    partition: null,
  };
}

export function link(
  id: string,
  from: string,
  to: string,
  channel: Segment[],
  more: Partial<Link> = {},
): Link {
  const [fc, fp] = from.split('.') as [string, string];
  const [tc, tp] = to.split('.') as [string, string];
  return {
    id,
    from: { component: fc, port: fp },
    to: { component: tc, port: tp },
    protocol: 'pcie',
    width: 16,
    gen: null,
    laneRateGbps: null,
    channel,
    reported: null,
    capable: null,
    ...more,
  };
}

export function design(
  components: Component[],
  links: Link[],
  settings: Partial<Design['settings']> = {},
): Design {
  return {
    formatVersion: 1,
    name: 'test',
    description: '',
    settings: { recommendedMarginPct: null, cablePreference: 'power', rackPowerW: null, ...settings },
    containers: [],
    components,
    links,
  };
}

/** A Gen`gen` CPU and GPU (or NIC) pair in node0, the common shape of the hand-computed cases. */
export function cpuGpu(gen: 5 | 6, extra: Component[] = []): Component[] {
  return [
    comp('node0/cpu0', 'cpu', `test-cpu-g${gen}`, [port('pcie0', 16, gen, 'downstream')]),
    comp('node0/gpu0', 'accelerator', `test-gpu-g${gen}`, [port('pcie', 16, gen, 'upstream')]),
    ...extra,
  ];
}
