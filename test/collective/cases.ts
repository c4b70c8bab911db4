/** The measured cases of ../../shared/calibration/ (copied into test/fixtures), each with its design. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { loadDesign } from '../../src/io/index.js';
import { analyzePhysical } from '../../src/phy/index.js';
import { trainedFromPhy } from '../../src/perf/index.js';
import { parseSize, type Algorithm, type CollectiveOp, type RankSpec } from '../../src/sim/index.js';
import { forcedAlgo, parseNcclTests, pointsOfRun, type MeasuredCase } from '../../src/calibrate/index.js';

const root = join(import.meta.dirname, '..', '..');
const fx = (...p: string[]): string => join(root, 'test', 'fixtures', ...p);

const designs = new Map<string, Pick<MeasuredCase, 'design' | 'catalog' | 'trained'>>();
function design(spec: string): Pick<MeasuredCase, 'design' | 'catalog' | 'trained'> {
  let d = designs.get(spec);
  if (!d) {
    const l = loadDesign(spec);
    if (!l.design) throw new Error(`${spec}: ${l.issues.map((i) => i.message).join('; ')}`);
    const trained = trainedFromPhy(analyzePhysical(l.design, l.catalog).links);
    d = { design: l.design, catalog: l.catalog, trained };
    designs.set(spec, d);
  }
  return d;
}

function logCase(
  path: string,
  spec: string,
  label: string,
  op: CollectiveOp,
  algo: Algorithm | 'auto',
  nRanks: number,
  ranks: RankSpec = 'all',
): MeasuredCase {
  const text = readFileSync(path, 'utf8');
  // the rank count stated for the case stands in only where the log prints no `#  Rank` lines (dstack's trimmed
  // output: 2 nodes x 8 GPUs, `-n $DSTACK_GPUS_NUM`)
  const run = parseNcclTests(text, undefined, nRanks).find((r) => r.op === op && r.nRanks === nRanks);
  if (!run) throw new Error(`${path}: no ${op} run on ${nRanks} ranks`);
  // an algorithm the log forced (NCCL_ALGO=RING in the MOC logs) is what ran: predict that one
  const ran = forcedAlgo(text, op) ?? algo;
  return { file: basename(path), label, ...design(spec), op, algo: ran, ranks, points: pointsOfRun(run) };
}

interface PointRow {
  machine: string;
  design: string;
  op: CollectiveOp;
  algo: Algorithm;
  ranks: number;
  size: string;
  busbwGBps: number;
}

function summaryCases(path: string): MeasuredCase[] {
  const doc = parse(readFileSync(path, 'utf8')) as { file: string; cases: PointRow[] };
  return doc.cases.map((c) => ({
    file: doc.file,
    label: `${c.machine} ${c.ranks} GPU ${c.op} ${c.algo} ${c.size}`,
    ...design(c.design),
    op: c.op,
    algo: c.algo,
    ranks: c.ranks,
    points: [{ sizeBytes: parseSize(c.size), busbwGBps: c.busbwGBps }],
  }));
}

interface CurveDoc {
  file: string;
  curves: { machine: string; design: string; ranks: number; points: [string, number][] }[];
}

/** Curves a source gives as a summary table (size, busbw), all_reduce with the algorithm NCCL chose (auto). */
function curveCases(path: string): MeasuredCase[] {
  const doc = parse(readFileSync(path, 'utf8')) as CurveDoc;
  return doc.curves.map((c) => ({
    file: doc.file,
    label: `${c.machine} all_reduce`,
    ...design(c.design.startsWith('builtin:') ? c.design : fx('collective', c.design)),
    op: 'all_reduce' as const,
    algo: 'auto' as const,
    ranks: c.ranks,
    points: c.points.map(([size, busbwGBps]) => ({ sizeBytes: parseSize(size), busbwGBps })),
  }));
}

/** Every measured case: the issue's files, then the supporting ones, in the order of the validation tables. */
export const measuredCases = (): MeasuredCase[] => [...issueCases(), ...supportingCases()];

/** The files of ../../shared/calibration (the issue's accuracy cases). */
export const ISSUE_FILES = new Set([
  'mlengineering-h200-b200-nvls-gpucount-sweep.txt',
  'amd-mi300x-1node-8gpu-rccl-allreduce.txt',
  'autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt',
  'gcp-a4-2node-16xB200-all_gather-nccl-tests.txt',
  'moc-2node-1xH100-each-roce-allreduce.log.txt',
  'amd-mi300x-2node-16gpu-rccl-allreduce.txt',
  'dstack-nebius-2node-16xH100-ib-allreduce.txt',
  'mlengineering-aws-p6-b200-1node-vs-4node-allreduce.txt',
]);

/**
 * Further public measurements (source headers in test/fixtures/collective/) that the fit learns from and that
 * are predicted leave-one-file-out like the others: scale-out with GPUDirect RDMA (GCP H200 and B200, one GPU
 * and its PCIe-local NIC per node) and without it (the MOC H100 pair's sendrecv); GPUs without P2P staging
 * through host memory on Gen4 root ports (8x RTX 4090).
 */
export function supportingCases(): MeasuredCase[] {
  const a3 = fx('collective', 'gcp-a3ultra-2node-h200.yaml');
  const a4 = fx('collective', 'gcp-a4-2node-b200.yaml');
  const onePerNode = ['node0/gpu0', 'node1/gpu0'];
  return [
    logCase(
      fx('collective', 'gcp-a3ultra-2node-1xH200-all_reduce-nccl-tests.txt'),
      a3,
      '2-node H200 1 GPU each all_reduce',
      'all_reduce',
      'auto',
      2,
      onePerNode,
    ),
    logCase(
      fx('collective', 'gcp-a3ultra-2node-1xH200-all_gather-nccl-tests.txt'),
      a3,
      '2-node H200 1 GPU each all_gather',
      'all_gather',
      'auto',
      2,
      onePerNode,
    ),
    logCase(
      fx('collective', 'gcp-a4-2node-1xB200-all_gather-nccl-tests.txt'),
      a4,
      '2-node B200 1 GPU each all_gather',
      'all_gather',
      'auto',
      2,
      onePerNode,
    ),
    logCase(
      fx('collective', 'chlc-8xRTX4090-epyc7542-nop2p-allreduce.txt'),
      fx('collective', 'chlc-8xRTX4090-epyc7542-nop2p.yaml'),
      '8x RTX 4090 no P2P all_reduce',
      'all_reduce',
      'auto',
      8,
    ),
    logCase(
      fx('collective', 'moc-2node-1xH100-each-roce-sendrecv.log.txt'),
      fx('collective', 'moc-2node-h100-roce.yaml'),
      '2-node H100 1 NIC sendrecv',
      'sendrecv',
      'auto',
      2,
    ),
  ];
}

function issueCases(): MeasuredCase[] {
  return [
    ...summaryCases(fx('collective', 'mlengineering-h200-b200-points.yaml')),
    logCase(
      fx('collective', 'amd-mi300x-1node-8gpu-rccl-allreduce.txt'),
      'builtin:mi300x-8',
      'MI300X 8 GPU all_reduce',
      'all_reduce',
      'auto',
      8,
    ),
    logCase(
      fx('perf', 'autodl-2xRTX2080Ti-pcie3-switch-bandwidth-p2p-nccltests.txt'),
      fx('perf', 'autodl-2x2080ti.yaml'),
      '2x RTX 2080 Ti all_reduce',
      'all_reduce',
      'auto',
      2,
    ),
    logCase(
      fx('collective', 'gcp-a4-2node-16xB200-all_gather-nccl-tests.txt'),
      fx('collective', 'gcp-a4-2node-b200.yaml'),
      '2-node B200 all_gather',
      'all_gather',
      'auto',
      16,
    ),
    logCase(
      fx('collective', 'moc-2node-1xH100-each-roce-allreduce.log.txt'),
      fx('collective', 'moc-2node-h100-roce.yaml'),
      '2-node H100 1 NIC all_reduce',
      'all_reduce',
      'auto',
      2,
    ),
    logCase(
      fx('collective', 'amd-mi300x-2node-16gpu-rccl-allreduce.txt'),
      fx('collective', 'aac10-2node-mi300x.yaml'),
      '2-node MI300X all_reduce',
      'all_reduce',
      'auto',
      16,
    ),
    logCase(
      fx('collective', 'dstack-nebius-2node-16xH100-ib-allreduce.txt'),
      fx('collective', 'nebius-2node-h100-ib.yaml'),
      '2-node H100 IB all_reduce',
      'all_reduce',
      'auto',
      16,
    ),
    ...curveCases(fx('collective', 'mlengineering-p6-b200-1vs4-points.yaml')),
  ];
}
