/** `rackwire calibrate DESIGN LOG... -o calibration.yaml`: fit the calibrated profile to benchmark logs. */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { loadDesign } from '../../io/index.js';
import { hasErrors, InputError } from '../../model/index.js';
import * as perf from '../../perf/index.js';
import { analyzePhysical } from '../../phy/index.js';
import * as sim from '../../sim/index.js';
import { resultJson } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './register.js';
import { guard, readTextFile } from './paths.js';

type Opts = { output?: string; deviceOrder?: string; rankOrder?: string; json?: boolean };

type Loaded = NonNullable<ReturnType<typeof loadDesign>['design']>;

/**
 * Every parser that recognises the log: bandwidthTest, p2pBandwidthLatencyTest and nvbandwidth give perf
 * measurements; nccl-tests / rccl-tests tables give collective cases (one per run, ranks from the log).
 */
function measurementsOf(
  file: string,
  l: ReturnType<typeof loadDesign>,
  trained: perf.TrainedMap,
  /** Design ids in rank order (`--rank-order`); null: the first N accelerators. */
  order: string[] | null,
) {
  const text = readTextFile(file);
  const name = basename(file);
  const ms = [
    ...perf.parseBandwidthTest(text, name),
    ...perf.parseP2pBandwidthLatencyTest(text, name),
    ...perf.parseNvbandwidth(text, name),
  ];
  const cases: sim.MeasuredCase[] = sim
    .parseNcclTests(text)
    // a run on one rank (nccl-tests -g 1 without MPI) moves no data between devices: nothing to fit
    .filter((r) => r.op !== null && r.rows.length > 0 && r.nRanks !== 1)
    .map((r) => ({
      file: name,
      label: `${name} ${r.op}`,
      design: l.design as Loaded,
      catalog: l.catalog,
      trained,
      op: r.op!,
      algo: sim.forcedAlgo(text, r.op!) ?? 'auto',
      ranks: rankSpec(file, r.nRanks, order),
      points: sim.pointsOfRun(r),
    }));
  if (ms.length === 0 && cases.length === 0)
    throw new InputError(
      `${file}: no bandwidthTest, p2pBandwidthLatencyTest, nvbandwidth or nccl-tests output found`,
      'calibration-log-unknown',
    );
  return { ms, cases };
}

/** Rank N of a log is the N-th id of `--rank-order` (a 2-node log with one GPU per node needs one per node). */
function rankSpec(file: string, nRanks: number | null, order: string[] | null): sim.RankSpec {
  if (!order) return nRanks ?? 'all';
  if (nRanks === null) return order; // the log prints no rank lines: the order says who ran
  if (order.length < nRanks)
    throw new InputError(
      `${file}: the log has ${nRanks} ranks but --rank-order lists ${order.length} ids (list one design id per rank, in rank order)`,
      'calibration-rank-order-short',
    );
  return order.slice(0, nRanks);
}

function run(spec: string, logs: string[], o: Opts) {
  const l = loadDesign(spec);
  if (!l.design) return { l, drafts: [], json: {}, text: '' };
  const devices = o.deviceOrder ? o.deviceOrder.split(',') : perf.selectDevices(l.design, ['gpu']);
  const trained = perf.trainedFromPhy(analyzePhysical(l.design, l.catalog).links);
  const ranks = o.rankOrder ? o.rankOrder.split(',') : null;
  const found = logs.map((f) => measurementsOf(f, l, trained, ranks));
  const ms = found.flatMap((x) => x.ms);
  const cases = found.flatMap((x) => x.cases);
  const p2p = ms.length > 0 ? perf.fitCalibration(l.design, l.catalog, devices, ms) : null;
  const coll = cases.length > 0 ? sim.fitCollectiveCalibration(cases) : null;
  const fit = {
    calibration: {
      ...(p2p?.calibration ?? { calibrationVersion: 1 as const }),
      params: { ...p2p?.calibration.params, ...coll?.calibration.params },
    },
    issues: [...(p2p?.issues ?? []), ...(coll?.issues ?? [])],
  };
  if (o.output) writeFileSync(o.output, stringify(fit.calibration));
  const lines = Object.entries(fit.calibration.params).map(
    ([k, p]) => `${k} = ${p.value} ${p.unit} (${p.samples} samples from ${p.fittedFrom.join(', ')})`,
  );
  return {
    l,
    drafts: fit.issues,
    json: { calibration: fit.calibration, output: o.output ?? null },
    text: [...lines, o.output ? `wrote ${o.output}` : stringify(fit.calibration)].join('\n'),
  };
}

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('calibrate')
    .description(
      'fit the calibrated profile to p2pBandwidthLatencyTest / bandwidthTest / nvbandwidth / nccl-tests / rccl-tests logs of a real box',
    )
    .argument('<design>', 'design file of the measured box')
    .argument('<logs...>', 'benchmark output files')
    .option('-o, --output <file>', 'write the calibration file (YAML)')
    .option(
      '--device-order <ids>',
      'design ids of CUDA devices 0,1,... (default: the accelerators in design order)',
    )
    .option(
      '--rank-order <ids>',
      'design ids of nccl-tests ranks 0,1,... (default: the first N accelerators; one GPU per node: name them)',
    )
    .option('--json', 'print one JSON object')
    .action((spec: string, logs: string[], o: Opts) => {
      const r = guard(() => run(spec, logs, o), o.json, setExit);
      if (!r) return;
      const issues = [...r.l.issues, ...r.l.locate(r.drafts)];
      if (o.json) printJson(resultJson(issues, r.json));
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};
