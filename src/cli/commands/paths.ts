/** `rackwire paths`: class / bandwidth / latency matrices, host bandwidth and hop-by-hop explanations. */
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { loadDesign } from '../../io/index.js';
import { hasErrors, RackwireError, UsageError } from '../../model/index.js';
import { analyzePhysical } from '../../phy/index.js';
import * as perf from '../../perf/index.js';
import { checkJson } from '../../report/check.js';
import { formatIssues } from '../../report/issues.js';
import { renderClassMatrix } from '../../report/paths-class.js';
import { renderExplain } from '../../report/paths-explain.js';
import { renderHostBandwidth } from '../../report/paths-host.js';
import { matricesJson } from '../../report/paths-json.js';
import { renderBandwidth, renderLatency } from '../../report/paths-matrix.js';
import { renderMemoryTiers } from '../../report/paths-memory.js';
import { renderFindings } from '../../report/paths-findings.js';
import { errorExitCode, printFatal, printJson, printText } from '../output.js';
import type { RegisterCommand } from './index.js';

type Opts = {
  matrix: 'class' | 'bw' | 'latency';
  devices: string;
  profile?: perf.Profile;
  json?: boolean;
  host?: boolean;
  memory?: boolean;
  findings?: boolean;
  explain?: string[];
  calibration?: string;
};

function compute(spec: string, o: Opts) {
  const l = loadDesign(spec);
  if (!l.design) return { l, drafts: [], json: {}, text: '' };
  const cal = o.calibration
    ? perf.parseCalibration(parseYaml(readFileSync(o.calibration, 'utf8')), o.calibration)
    : null;
  const profile = o.profile ?? perf.defaultProfile(cal);
  const trained = perf.trainedFromPhy(analyzePhysical(l.design, l.catalog).links);
  const f = perf.buildFabric(l.design, l.catalog, {
    calibration: cal,
    trained,
  });
  if (o.explain) {
    if (o.explain.length !== 2) throw new UsageError('--explain takes two device ids', 'usage');
    const e = perf.explainPath(f, o.explain[0]!, o.explain[1]!, profile);
    return { l, drafts: [...f.issues, ...e.issues], json: { explain: e }, text: renderExplain(e) };
  }
  const devices = perf.selectDevices(l.design, o.devices.split(',') as perf.DeviceClass[]);
  if (o.findings) {
    const fd = perf.designFindings(f, trained);
    return {
      l,
      drafts: [...f.issues, ...fd.issues],
      json: { findings: { ...fd, issues: undefined } },
      text: renderFindings(fd),
    };
  }
  if (o.memory) {
    const mem = perf.memoryTiers(f);
    return { l, drafts: mem.issues, json: { memory: mem.sockets }, text: renderMemoryTiers(mem) };
  }
  const host = perf.hostBandwidth(f, devices, profile);
  if (o.host)
    return { l, drafts: host.issues, json: { profile, host: host.rows }, text: renderHostBandwidth(host) };
  const m = perf.pathMatrices(f, devices, { profile });
  const cpu = new Map(host.rows.map((r) => [r.device, r.cpu]));
  const text =
    o.matrix === 'class'
      ? renderClassMatrix(m, l.design, (d) => cpu.get(d) ?? null)
      : o.matrix === 'bw'
        ? renderBandwidth(m)
        : renderLatency(m);
  return { l, drafts: m.issues, json: matricesJson(m), text };
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
      const r = guard(() => compute(spec, o), o.json, setExit);
      if (!r) return;
      const issues = [...r.l.issues, ...r.l.locate(r.drafts)];
      if (o.json) printJson(checkJson(issues, r.json));
      else printText([r.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
      setExit(hasErrors(issues) ? 1 : 0);
    });
};

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
