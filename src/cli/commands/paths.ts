/** `rackwire paths`: class / bandwidth / latency matrices, host bandwidth and hop-by-hop explanations. */
import { existsSync, readFileSync } from 'node:fs';
import { Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { loadDesign } from '../../io/index.js';
import { hasErrors, InputError, RackwireError, UsageError } from '../../model/index.js';
import * as perf from '../../perf/index.js';
import { resultJson } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { renderPaths, type MatrixView } from '../../report/paths-render.js';
import { errorExitCode, printFatal, printJson, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = {
  matrix: MatrixView;
  devices: string;
  profile?: perf.Profile;
  json?: boolean;
  host?: boolean;
  memory?: boolean;
  findings?: boolean;
  explain?: string[];
  calibration?: string;
};

const DEVICE_CLASSES: readonly perf.DeviceClass[] = ['gpu', 'nic'];

/** The question the options ask; throws UsageError for malformed options. */
function queryOf(o: Opts): perf.PathsQuery {
  if (o.explain) {
    if (o.explain.length !== 2) throw new UsageError('--explain takes two device ids', 'usage');
    return { kind: 'explain', src: o.explain[0]!, dst: o.explain[1]! };
  }
  if (o.findings) return { kind: 'findings' };
  if (o.memory) return { kind: 'memory' };
  const devices = o.devices.split(',').map((s) => s.trim());
  const bad = devices.filter((d) => !DEVICE_CLASSES.includes(d as perf.DeviceClass));
  if (bad.length) throw new UsageError(`--devices: unknown class '${bad.join(',')}' (gpu, nic)`, 'usage');
  return { kind: o.host ? 'host' : 'matrices', devices: devices as perf.DeviceClass[] };
}

function run(spec: string, o: Opts) {
  const q = queryOf(o);
  const l = loadDesign(spec);
  if (!l.design) return { l, drafts: [], json: {}, text: '' };
  const calibration = o.calibration ? readCalibrationFile(o.calibration) : null;
  const r = perf.pathsQuery(l.design, l.catalog, q, { profile: o.profile, calibration });
  return { l, drafts: r.issues, ...renderPaths(r, o.matrix, l.design) };
}

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('paths')
    .description(
      'predict nvidia-smi topo -m, p2pBandwidthLatencyTest and bandwidthTest for a design, and explain each number',
    )
    .argument('<design>', 'design file or builtin:NAME')
    .addOption(
      new Option('--matrix <kind>', 'class, bw or latency')
        .choices(['class', 'bw', 'latency'])
        .default('class'),
    )
    .option('--devices <classes>', 'device classes: gpu, nic or gpu,nic', 'gpu,nic')
    .addOption(
      new Option(
        '--profile <profile>',
        'raw, nccl or calibrated (default: calibrated with --calibration, else nccl)',
      ).choices([...perf.PROFILES]),
    )
    .option('--calibration <file>', 'calibration file written by rackwire calibrate')
    .option('--host', 'host-to-device and device-to-host bandwidth per device (bandwidthTest)')
    .option(
      '--findings',
      'whole-design findings: scale-up and bisection bandwidth, oversubscription, GPU-NIC affinity',
    )
    .option('--memory', 'memory tiers of each CPU socket: DRAM, CXL expanders, pooled memory')
    .option('--explain <ids...>', 'explain the path between two devices hop by hop')
    .option('--json', 'print one JSON object')
    .action((spec: string, o: Opts) => {
      const r = guard(() => run(spec, o), o.json, setExit);
      if (!r) return;
      const issues = [...r.l.issues, ...r.l.locate(r.drafts)];
      if (o.json) printJson(resultJson(issues, r.json));
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};

/** A user-named text file; a missing one is an InputError (exit 1), not a crash. */
export function readTextFile(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`, 'file-not-found');
  return readFileSync(path, 'utf8');
}

/** Reads and validates a calibration file (YAML written by `rackwire calibrate`). */
export function readCalibrationFile(path: string): perf.Calibration {
  let value: unknown;
  try {
    value = parseYaml(readTextFile(path));
  } catch (err) {
    if (err instanceof RackwireError) throw err;
    throw new InputError(
      `${path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`,
      'calibration-yaml',
    );
  }
  return perf.parseCalibration(value, path);
}

/**
 * Runs a command body; a RackwireError becomes one JSON object (with `--json`) or a stderr line, and its exit
 * code. Returns undefined after reporting an error.
 */
export function guard<T>(
  run: () => T,
  json: boolean | undefined,
  setExit: (code: number) => void,
): T | undefined {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof RackwireError)) throw err;
    if (json) printJson({ ok: false, error: { code: err.code, message: err.message }, issues: err.issues });
    else printFatal(err);
    setExit(errorExitCode(err));
    return undefined;
  }
}
