/**
 * NCCL protocol cost model read from the catalog (catalog/data/nccl-tuning.ts, from NCCL's tuning.cc): per algorithm
 * and protocol a base latency once per collective, a per-step latency by hardware class, and the share of link
 * bandwidth the protocol delivers (LL 0.5, LL128 0.92, Simple 1).
 */
import { builtinCatalog, findGuidance, type Catalog } from '../catalog/index.js';
import { InternalError, psFromNs } from '../model/index.js';
import type { StepOverheadPs } from './fabric.js';
import type { Algorithm } from './traffic/schedule.js';

export const PROTOCOLS = ['ll', 'll128', 'simple'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface ProtocolCost {
  protocol: Protocol;
  baseLatencyPs: number;
  /** Per-step overhead by path class. */
  overheadPs: StepOverheadPs;
  /** Share of link bandwidth carrying payload. */
  bwFactor: number;
}

/**
 * NCCL's tuning table has ring/tree/nvls/nvls_tree rows; hierarchical and p2p algorithms (all_to_all, sendrecv)
 * use the ring row.
 */
const tableAlgo = (algo: Algorithm): 'ring' | 'tree' | 'nvls' | 'nvls_tree' =>
  algo === 'tree' || algo === 'nvls' || algo === 'nvls_tree' ? algo : 'ring';

function guidance(catalog: Catalog, id: string): number {
  const v = findGuidance(catalog, id);
  if (v === undefined) throw new InternalError(`catalog lacks guidance '${id}'`, 'sim-missing-constant');
  return v;
}

/** Protocols NCCL allows for an algorithm (NVLS and NVLS Tree run Simple only; tuning.cc ncclTopoTuneModel). */
export const protocolsFor = (algo: Algorithm): Protocol[] =>
  algo === 'nvls' || algo === 'nvls_tree' ? ['simple'] : [...PROTOCOLS];

/** NCCL's cost of `algo` with `protocol`, read from the catalog (default: the built-in one, which holds nccl-tuning). */
export function protocolCost(
  algo: Algorithm,
  protocol: Protocol,
  cat: Catalog = builtinCatalog(),
): ProtocolCost {
  const a = tableAlgo(algo);
  const us = (id: string): number => psFromNs(guidance(cat, id) * 1000);
  const bwFactor =
    protocol === 'll'
      ? guidance(cat, 'nccl-ll-bw-factor')
      : protocol === 'll128'
        ? guidance(cat, 'nccl-ll128-bw-factor')
        : 1;
  return {
    protocol,
    baseLatencyPs: us(`nccl-base-latency-${a}-${protocol}`),
    overheadPs: {
      scaleup: us(`nccl-hw-latency-nvlink-${a}-${protocol}`),
      scaleout: us(`nccl-hw-latency-net-${a}-${protocol}`),
    },
    bwFactor,
  };
}

/** No protocol costs at all: the pure network model used by hand-checked tests. */
export const idealProtocol: ProtocolCost = {
  protocol: 'simple',
  baseLatencyPs: 0,
  overheadPs: { scaleup: 0, scaleout: 0 },
  bwFactor: 1,
};
