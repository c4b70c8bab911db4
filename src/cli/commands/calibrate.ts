/** `rackwire calibrate DESIGN LOG... -o calibration.yaml`: fit the calibrated profile to benchmark logs. */
import { calibrateDesign } from '../../api/index.js';
import { calibrationToYaml } from '../../io/index.js';
import { hasErrors, issueAtFile } from '../../model/index.js';
import { calibrationLines } from '../../report/calibration.js';
import { formatIssues } from '../../report/issues.js';
import { printEnvelope, printText, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = { output?: string; deviceOrder?: string; rankOrder?: string; json?: boolean };

function run(spec: string, logs: string[], o: Opts) {
  const r = calibrateDesign(spec, logs, {
    deviceOrder: o.deviceOrder?.split(','),
    rankOrder: o.rankOrder?.split(','),
  });
  if (!r.calibration) return { issues: r.issues, json: { calibration: null, output: null }, text: '' };
  const yaml = calibrationToYaml(r.calibration);
  const written = o.output ? writeOutputFile(o.output, yaml).map((d) => issueAtFile(d, o.output!)) : [];
  const wrote = o.output && !written.length ? o.output : null;
  return {
    issues: [...r.issues, ...written],
    json: { calibration: r.calibration, output: wrote },
    text: [...calibrationLines(r.calibration), wrote ? `wrote ${wrote}` : o.output ? '' : yaml]
      .filter(Boolean)
      .join('\n'),
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
      const r = run(spec, logs, o);
      const issues = r.issues;
      if (o.json) printEnvelope(issues, r.json);
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};
