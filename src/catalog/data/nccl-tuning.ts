/**
 * Constants of the collective simulator: NCCL's tuning-model latencies and protocol efficiencies, read by
 * src/sim (protocol choice, per-step overhead, auto algorithm); part of the built-in catalog.
 */
import type { CatalogFile, Guidance } from '../schema.js';

const tuning =
  'NVIDIA/nccl src/graph/tuning.cc @5067397c (2026-06-11), ncclTunerConstantsDefaults and ncclTopoTuneModel';

type Algo = 'ring' | 'tree' | 'nvls' | 'nvls_tree';
type Proto = 'll' | 'll128' | 'simple';
type Hw = 'nvlink' | 'pci' | 'net';

/** baseLatencies[algo][proto], us: Tree {6.8, 14.0, 8.4}, Ring {6.6, 14.0, 8.4}, NVLS and NVLS Tree {0, 0, 0}. */
const base: Record<Algo, Record<Proto, number>> = {
  tree: { ll: 6.8, ll128: 14.0, simple: 8.4 },
  ring: { ll: 6.6, ll128: 14.0, simple: 8.4 },
  nvls: { ll: 0, ll128: 0, simple: 0 },
  nvls_tree: { ll: 0, ll128: 0, simple: 0 },
};

/** hwLatencies[hw][algo][proto], us per step. */
const hw: Record<Hw, Record<Algo, Record<Proto, number>>> = {
  nvlink: {
    tree: { ll: 0.6, ll128: 1.25, simple: 4.0 },
    ring: { ll: 0.6, ll128: 1.9, simple: 3.4 },
    nvls: { ll: 0, ll128: 0, simple: 25 },
    nvls_tree: { ll: 0, ll128: 0, simple: 25 },
  },
  pci: {
    tree: { ll: 1.0, ll128: 1.9, simple: 4.0 },
    ring: { ll: 1.0, ll128: 2.5, simple: 5.7 },
    nvls: { ll: 0, ll128: 0, simple: 0 },
    nvls_tree: { ll: 0, ll128: 0, simple: 0 },
  },
  net: {
    tree: { ll: 5.0, ll128: 8.5, simple: 14 },
    ring: { ll: 2.7, ll128: 4.0, simple: 14.0 },
    nvls: { ll: 0, ll128: 0, simple: 18 },
    nvls_tree: { ll: 0, ll128: 0, simple: 20.9 },
  },
};

const latencyRecords = (): Guidance[] => {
  const out: Guidance[] = [];
  for (const [a, byProto] of Object.entries(base)) {
    for (const [p, value] of Object.entries(byProto)) {
      out.push({
        id: `nccl-base-latency-${a}-${p}`,
        name: `NCCL base latency, ${a}/${p}`,
        value,
        unit: 'us',
        source: tuning,
      });
    }
  }
  for (const [h, byAlgo] of Object.entries(hw)) {
    for (const [a, byProto] of Object.entries(byAlgo)) {
      for (const [p, value] of Object.entries(byProto)) {
        out.push({
          id: `nccl-hw-latency-${h}-${a}-${p}`,
          name: `NCCL per-step hardware latency, ${h} ${a}/${p}`,
          value,
          unit: 'us',
          source: tuning,
        });
      }
    }
  }
  return out;
};

export const ncclTuningCatalog: CatalogFile = {
  catalogVersion: 1,
  guidance: [
    ...latencyRecords(),
    {
      id: 'nccl-ll-bw-factor',
      name: 'NCCL LL protocol share of link bandwidth (4 data bytes per 8-byte line)',
      value: 0.5,
      unit: 'ratio',
      source: `${tuning}: ring LL busBw * .5`,
    },
    {
      id: 'nccl-ll128-bw-factor',
      name: 'NCCL LL128 protocol share of link bandwidth (120 data bytes per 128-byte line)',
      value: 0.92,
      unit: 'ratio',
      source: `${tuning}: ring LL128 busBw * 0.92 /*120.0/128.0*/`,
    },
    {
      id: 'nccl-nvls-efficiency-hopper',
      name: 'NVLS efficiency, Hopper',
      value: 0.85,
      unit: 'ratio',
      source: `${tuning}: nvlsEfficiency[] (Hopper)`,
    },
    {
      id: 'nccl-nvls-efficiency-blackwell',
      name: 'NVLS efficiency, Blackwell',
      value: 0.74,
      unit: 'ratio',
      source: `${tuning}: nvlsEfficiency[] (Blackwell)`,
    },
  ],
};
