/** The option table of `rackwire collective` (each option's help, argument form and choices in one place). */
import { Option } from 'commander';
import {
  COLLECTIVE_OPS,
  DEFAULT_ROUTING,
  PROFILES,
  ROUTING_MODES,
  type Profile,
  type RoutingMode,
} from '../../api/index.js';

export interface CollectiveOpts {
  op: (typeof COLLECTIVE_OPS)[number];
  algo: 'auto' | 'ring' | 'tree' | 'nvls' | 'nvls_tree' | 'direct' | 'pairwise' | 'hierarchical';
  ranks: string;
  bytes?: string;
  minBytes: string;
  maxBytes: string;
  stepFactor: string;
  routing: RoutingMode;
  profile?: Profile;
  calibration?: string;
  mode: 'flow' | 'analytic';
  json?: boolean;
  explain?: boolean;
}

export const collectiveOptions = (): Option[] => [
  new Option('--op <op>', 'collective').choices([...COLLECTIVE_OPS]).makeOptionMandatory(),
  new Option('--algo <algo>', 'algorithm; auto picks the lowest predicted time, as NCCL does')
    .choices(['auto', 'ring', 'tree', 'nvls', 'nvls_tree', 'direct', 'pairwise', 'hierarchical'])
    .default('auto'),
  new Option('--ranks <spec>', 'all, N (the first N accelerators in id order) or id,id,...').default('all'),
  new Option('--bytes <size>', 'one size (K/M/G = 2^10/2^20/2^30), instead of a sweep'),
  new Option('--min-bytes <size>', 'sweep start (nccl-tests -b)').default('8'),
  new Option('--max-bytes <size>', 'sweep end (nccl-tests -e)').default('8G'),
  new Option('--step-factor <f>', 'sweep multiplication factor (nccl-tests -f)').default('2'),
  new Option('--routing <mode>', `multi-path routing (default ${DEFAULT_ROUTING})`)
    .choices([...ROUTING_MODES])
    .default(DEFAULT_ROUTING),
  new Option(
    '--profile <profile>',
    'link capacities: raw, nccl or calibrated (default: calibrated with --calibration, else nccl)',
  ).choices([...PROFILES]),
  new Option('--calibration <file>', 'calibration file (rackwire calibrate, or calibrations/*.yaml)'),
  new Option('--mode <mode>', 'flow (simulate) or analytic (alpha-beta)')
    .choices(['flow', 'analytic'])
    .default('flow'),
  new Option('--json', 'print one JSON object'),
  new Option('--explain', 'per size: latency/bandwidth split and the bottleneck links'),
];
