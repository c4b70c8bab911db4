/** `rackwire calibrate DESIGN LOG... -o calibration.yaml`: fit the calibrated profile to benchmark logs. */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { loadDesign } from '../../io/index.js';
import { hasErrors, InputError } from '../../model/index.js';
import * as perf from '../../perf/index.js';
import { checkJson } from '../../report/check.js';
import { formatIssues } from '../../report/issues.js';
import { printJson, printText } from '../output.js';
import type { RegisterCommand } from './index.js';
import { guard, readTextFile } from './paths.js';

type Opts = { output?: string; deviceOrder?: string; json?: boolean };

/** Every parser that recognises the log (one file may hold bandwidthTest and p2pBandwidthLatencyTest output). */
function measurementsOf(file: string): perf.Measurement[] {
  const text = readTextFile(file);
  const name = basename(file);
  const ms = [
    ...perf.parseBandwidthTest(text, name),
    ...perf.parseP2pBandwidthLatencyTest(text, name),
    ...perf.parseNvbandwidth(text, name),
  ];
  if (ms.length === 0)
    throw new InputError(
      `${file}: no bandwidthTest, p2pBandwidthLatencyTest or nvbandwidth output found`,
      'calibration-log-unknown',
    );
  return ms;
}

function run(spec: string, logs: string[], o: Opts) {
  const l = loadDesign(spec);
  if (!l.design) return { l, drafts: [], json: {}, text: '' };
  const devices = o.deviceOrder ? o.deviceOrder.split(',') : perf.selectDevices(l.design, ['gpu']);
  const fit = perf.fitCalibration(l.design, l.catalog, devices, logs.flatMap(measurementsOf));
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
      'fit the calibrated profile to p2pBandwidthLatencyTest / bandwidthTest / nvbandwidth logs of a real box',
    )
    .argument('<design>', 'design file of the measured box')
    .argument('<logs...>', 'benchmark output files')
    .option('-o, --output <file>', 'write the calibration file (YAML)')
    .option(
      '--device-order <ids>',
      'design ids of CUDA devices 0,1,... (default: the accelerators in design order)',
    )
    .option('--json', 'print one JSON object')
    .action((spec: string, logs: string[], o: Opts) => {
      const r = guard(() => run(spec, logs, o), o.json, setExit);
      if (!r) return;
      const issues = [...r.l.issues, ...r.l.locate(r.drafts)];
      if (o.json) printJson(checkJson(issues, r.json));
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};
