/**
 * The Collectives section of docs/validation.md, rendered from the leave-one-file-out rows (validation.ts) and
 * the fit of every measurement: `npm run validate` writes it between the markers, and the accuracy test fails
 * when the doc differs from a fresh render, so the doc's numbers always come from this code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitCollectiveCalibration, type MeasuredCase } from '../../src/calibrate/index.js';
import { median, type ValidationRow } from './validation.js';

export const DOC_PATH = join(import.meta.dirname, '..', '..', 'docs', 'validation.md');
export const BEGIN = '<!-- npm run validate: collectives begin (generated, do not edit) -->';
export const END = '<!-- npm run validate: collectives end -->';

/** What each case tests (the mechanism whose prediction it checks), by case label prefix. */
const MECHANISM: [prefix: string, what: string][] = [
  ['H200 8 GPU all_reduce ring', 'NVSwitch ring, NCCL NVLink 4 figure'],
  ['H200 8 GPU all_reduce nvls', 'NVLS in-switch reduction (nvlsEfficiency)'],
  ['B200 8 GPU all_reduce ring', 'NVSwitch ring, NCCL NVLink 5 figure'],
  ['B200 8 GPU all_reduce nvls', 'NVLS in-switch reduction (nvlsEfficiency)'],
  ['MI300X 8 GPU', "mesh rings on all 7 xGMI links, RCCL's per-link figure"],
  ['2x RTX 2080 Ti', 'host-staged (SHM) copies, shared uplink'],
  ['2-node B200 all_gather', 'rail-aligned rings over 8 NICs, GPUDirect RDMA'],
  ['2-node H100 1 NIC all_reduce', 'one NIC, GDR off (host-staged network)'],
  ['2-node MI300X', 'mesh rings NIC to NIC across xGMI nodes; NCCL Tree (double binary tree) at 2 nodes'],
  ['2-node H100 IB', 'NVLS-tree: in-switch reduction, tree across nodes, pipelined'],
  ['p6-b200 1 node', 'NVLS on one NVLink 5 domain (PyTorch benchmark)'],
  ['p6-b200 4 nodes', 'rings over 8 NICs at 4 nodes (tree loses: inner nodes send 3 shares)'],
  ['2-node H200 1 GPU', 'one NIC, GPUDirect RDMA'],
  ['2-node B200 1 GPU', 'one NIC, GPUDirect RDMA'],
  ['8x RTX 4090', 'host-staged (SHM) ring across sockets'],
  ['2-node H100 1 NIC sendrecv', 'point-to-point over one NIC, GDR off'],
];
const mechanism = (label: string): string => MECHANISM.find(([p]) => label.startsWith(p))?.[1] ?? '—';

const pct = (e: number): string => `${e >= 0 ? '+' : '-'}${Math.abs(e * 100).toFixed(1)} %`;
const size = (b: number): string =>
  b >= 2 ** 30 ? `${b / 2 ** 30} GiB` : b >= 2 ** 20 ? `${b / 2 ** 20} MiB` : `${b} B`;

function table(rows: ValidationRow[]): string[] {
  const out = [
    '| case | size | measured busbw (GB/s) | predicted, LOO (GB/s) | error | `nccl` profile (GB/s) | `nccl` error | median abs error 1-64 MiB (LOO / nccl) | algo | mechanism | source |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const mid =
      r.midMedianError === null
        ? '—'
        : `${(r.midMedianError * 100).toFixed(1)} % / ${(r.midMedianNcclError! * 100).toFixed(1)} %`;
    out.push(
      `| ${r.label} | ${size(r.sizeBytes)} | ${r.measuredGBps.toFixed(2)} | ${r.predictedGBps.toFixed(2)} | ${pct(r.error)} | ${r.ncclGBps.toFixed(2)} | ${pct(r.ncclError)} | ${mid} | ${r.algo} | ${mechanism(r.label)} | ${r.file} |`,
    );
  }
  return out;
}

/** The generated block (markers included). */
export function renderCollectives(
  all: MeasuredCase[],
  issueRows: ValidationRow[],
  supportingRows: ValidationRow[],
): string {
  const fit = fitCollectiveCalibration(all).calibration;
  const abs = issueRows.map((r) => Math.abs(r.error));
  const within = issueRows.filter((r) => Math.abs(r.error) <= 0.1).length;
  const pooled = median(issueRows.flatMap((r) => r.midErrors));
  const lines = [
    BEGIN,
    '',
    '### The cases of ../shared/calibration',
    '',
    ...table(issueRows),
    '',
    `Largest size: ${within} of ${issueRows.length} cases within 10 %; median absolute error ${(median(abs) * 100).toFixed(1)} %. ` +
      `1-64 MiB: median absolute error pooled over the ${issueRows.flatMap((r) => r.midErrors).length} points of the logs with such sizes ${(pooled * 100).toFixed(1)} %.`,
    '',
    '### Supporting measurements',
    '',
    ...table(supportingRows),
    '',
    '### Fitted on every file (calibrations/collectives.yaml)',
    '',
    '| key | value | unit | fitted from (files) |',
    '|---|---|---|---|',
    ...Object.entries(fit.params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, p]) => `| \`${k}\` | ${p.value} | ${p.unit} | ${p.fittedFrom.length} |`),
    '',
    END,
  ];
  return lines.join('\n');
}

/** docs/validation.md with its generated block replaced by `block`. */
export function withBlock(doc: string, block: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC_PATH}: markers ${BEGIN} ... ${END} not found`);
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

export const readDoc = (): string => readFileSync(DOC_PATH, 'utf8');
export const writeDoc = (text: string): void => writeFileSync(DOC_PATH, text);
