/** `rackwire paths`: class / bandwidth / latency matrices, host bandwidth and hop-by-hop explanations. */
import { Option } from 'commander';
import { pathsOfDesign, PROFILES, type DeviceClass, type PathsQuery, type Profile } from '../../api/index.js';
import { hasErrors, UsageError } from '../../model/index.js';
import { formatIssues } from '../../report/issues.js';
import { renderPaths, type MatrixView } from '../../report/paths-render.js';
import { printEnvelope, printText } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = {
  matrix: MatrixView;
  devices: string;
  profile?: Profile;
  json?: boolean;
  host?: boolean;
  memory?: boolean;
  findings?: boolean;
  explain?: string[];
  calibration?: string;
};

const DEVICE_CLASSES: readonly DeviceClass[] = ['gpu', 'nic'];

/** The question the options ask; throws UsageError for malformed options. */
function queryOf(o: Opts): PathsQuery {
  if (o.explain) {
    if (o.explain.length !== 2)
      throw new UsageError('--explain takes two device ids', 'usage', [], {
        path: '--explain',
        hint: 'e.g. --explain gpu0 gpu1',
      });
    return { kind: 'explain', src: o.explain[0]!, dst: o.explain[1]! };
  }
  if (o.findings) return { kind: 'findings' };
  if (o.memory) return { kind: 'memory' };
  const devices = o.devices.split(',').map((s) => s.trim());
  const bad = devices.filter((d) => !DEVICE_CLASSES.includes(d as DeviceClass));
  if (bad.length)
    throw new UsageError(`--devices: unknown class '${bad.join(',')}'`, 'usage', [], {
      path: '--devices',
      hint: `the classes are ${DEVICE_CLASSES.join(', ')}`,
    });
  return { kind: o.host ? 'host' : 'matrices', devices: devices as DeviceClass[] };
}

function run(spec: string, o: Opts) {
  const r = pathsOfDesign(spec, queryOf(o), { profile: o.profile, calibrationFile: o.calibration });
  const shown =
    r.result && r.prepared.design
      ? renderPaths(r.result, o.matrix, r.prepared.design)
      : { json: {}, text: '' };
  return { issues: r.issues, ...shown };
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
      ).choices([...PROFILES]),
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
      const r = run(spec, o);
      const issues = r.issues;
      if (o.json) printEnvelope(issues, r.json);
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};
