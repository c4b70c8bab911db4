/** `rackwire export DESIGN --to FORMAT`: write NCCL topology XML, InfraGraph, JSON, DOT or SVG. */
import { Option } from 'commander';
import { EXPORT_FORMATS, exportDesign, type ColorBy, type ExportFormat } from '../../api/index.js';
import { busIdReport } from '../../report/bus-ids.js';
import { formatIssues } from '../../report/issues.js';
import { issueOf } from '../../report/import.js';
import { UsageError } from '../../model/index.js';
import { printText, readInput, writeOutputFile, writeOutputFiles } from '../output.js';
import type { RegisterCommand } from './register.js';

interface ExportCliOptions {
  to: ExportFormat;
  node?: string;
  busIds?: string;
  output?: string;
  colorBy: ColorBy;
  nodes: 'auto' | 'expand' | 'collapse';
}

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('export')
    .description(
      'write a design as NCCL topology XML (NCCL_TOPO_FILE), InfraGraph YAML, JSON, Graphviz DOT, SVG, or NetBox import files (a folder)',
    )
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .addOption(new Option('--to <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--node <id>', 'the node to write (nccl-xml: one node per file)')
    .option(
      '--bus-ids <file>',
      'nccl-xml: the VM\'s bus ids, an "lspci -Dnn" listing (matched to the design\'s devices in order) or a YAML map',
    )
    .addOption(
      new Option('--color-by <what>', 'svg: link color by protocol (failing links get a halo) or by margin')
        .choices(['protocol', 'margin'])
        .default('protocol'),
    )
    .addOption(
      new Option('--nodes <how>', 'svg: open every node, collapse each into one box, or decide by size')
        .choices(['auto', 'expand', 'collapse'])
        .default('auto'),
    )
    .option('-o, --output <file>', 'write to a file instead of stdout (netbox: the folder to write)')
    .action(async (spec: string, opts: ExportCliOptions) => {
      const drawing = { colorBy: opts.colorBy, nodes: opts.nodes };
      const busIdsFile = opts.busIds ? { name: opts.busIds, text: readInput(opts.busIds) } : undefined;
      const r = await exportDesign(spec, opts.to, { node: opts.node, drawing, busIdsFile });
      if (r.text === null) {
        process.stderr.write(formatIssues(r.issues) + '\n');
        setExit(1);
        return;
      }
      if (r.assignment && opts.busIds) process.stderr.write(busIdReport(r.assignment, opts.busIds) + '\n');
      if (r.issues.length) process.stderr.write(formatIssues(r.issues) + '\n');
      const text = r.text;
      let warnings = r.warnings;
      if (r.files) {
        // A folder of files (netbox): -o names the folder.
        if (!opts.output) throw new UsageError(`--to ${opts.to} writes a folder: give -o DIR`, 'usage');
        warnings = [...warnings, ...writeOutputFiles(opts.output, r.files)];
        printText(`wrote ${opts.output}/: ${text}`);
      } else if (opts.output) warnings = [...warnings, ...writeOutputFile(opts.output, text)];
      else printText(text);
      if (warnings.length) process.stderr.write(formatIssues(warnings.map((w) => issueOf(w, r.file))) + '\n');
      setExit(warnings.some((w) => w.severity === 'error') ? 1 : 0);
    });
};
