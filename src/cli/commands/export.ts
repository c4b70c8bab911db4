/** `rackwire export DESIGN --to FORMAT`: write NCCL topology XML, InfraGraph, JSON, DOT or SVG. */
import { Option } from 'commander';
import { EXPORT_FORMATS, exportDesign, type ColorBy, type ExportFormat } from '../../api/index.js';
import { busIdReport } from '../../report/bus-ids.js';
import { formatIssues } from '../../report/issues.js';
import { issueOf } from '../../report/import.js';
import { hasErrors, UsageError } from '../../model/index.js';
import { printEnvelope, printText, readInput, writeOutputFile, writeOutputFiles } from '../output.js';
import type { RegisterCommand } from './register.js';

interface ExportCliOptions {
  to: ExportFormat;
  node?: string;
  busIds?: string;
  output?: string;
  colorBy: ColorBy;
  nodes: 'auto' | 'expand' | 'collapse';
  json?: boolean;
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
    .option('--json', 'print one JSON object: { ok, issues, format, output, content } (content null with -o)')
    .action(async (spec: string, opts: ExportCliOptions) => {
      const drawing = { colorBy: opts.colorBy, nodes: opts.nodes };
      const busIdsFile = opts.busIds ? { name: opts.busIds, text: readInput(opts.busIds) } : undefined;
      const r = await exportDesign(spec, opts.to, { node: opts.node, drawing, busIdsFile });
      if (r.text === null) {
        if (opts.json) printEnvelope(r.issues, { format: opts.to, output: null, content: null });
        else process.stderr.write(formatIssues(r.issues) + '\n');
        setExit(1);
        return;
      }
      if (r.assignment && opts.busIds) process.stderr.write(busIdReport(r.assignment, opts.busIds) + '\n');
      if (r.issues.length) process.stderr.write(formatIssues(r.issues) + '\n');
      const text = r.text;
      // A folder of files (netbox): -o names the folder.
      if (r.files && !opts.output)
        throw new UsageError(`--to ${opts.to} writes a folder`, 'usage', [], {
          path: '--output',
          hint: 'give -o DIR',
        });
      const written = r.files
        ? writeOutputFiles(opts.output!, r.files)
        : opts.output
          ? writeOutputFile(opts.output, text)
          : [];
      const own = [
        ...r.warnings.map((w) => issueOf(w, r.file)),
        ...written.map((w) => issueOf(w, opts.output!)),
      ];
      setExit(hasErrors(own) ? 1 : 0);
      const output = opts.output && !written.length ? opts.output : null;
      if (opts.json)
        return printEnvelope(own, {
          format: opts.to,
          output,
          content: opts.output && !r.files ? null : text,
        });
      if (r.files) printText(`wrote ${opts.output}/: ${text}`);
      else if (!opts.output) printText(text);
      if (own.length) process.stderr.write(formatIssues(own) + '\n');
    });
};
