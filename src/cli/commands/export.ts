/** `rackwire export DESIGN --to FORMAT`: write NCCL topology XML, InfraGraph, JSON, DOT or SVG. */
import { Option } from 'commander';
import { loadDesign } from '../../io/index.js';
import {
  EXPORT_FORMATS,
  exportDot,
  exportInfragraph,
  exportJson,
  exportNcclXml,
  exportSvg,
  type ExportFormat,
} from '../../io/export/index.js';
import { genericParts } from '../../catalog/data/parts/generic.js';
import { hasErrors, type DraftIssue } from '../../model/index.js';
import { formatIssues } from '../../report/issues.js';
import { issueOf } from '../../report/import.js';
import { printText, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('export')
    .description(
      'write a design as NCCL topology XML (NCCL_TOPO_FILE), InfraGraph YAML, JSON, Graphviz DOT or SVG',
    )
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .addOption(new Option('--to <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--node <id>', 'the node to write (nccl-xml: one node per file)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (spec: string, opts: { to: ExportFormat; node?: string; output?: string }) => {
      // Imported designs name the generic parts; they are added here until the built-in catalog registers them.
      const l = loadDesign(spec, { extraCatalogs: [{ catalogVersion: 1, parts: genericParts }] });
      if (!l.design || hasErrors(l.issues)) {
        process.stderr.write(formatIssues(l.issues) + '\n');
        setExit(1);
        return;
      }
      let warnings: DraftIssue[] = [];
      let text: string;
      if (opts.to === 'nccl-xml')
        ({ xml: text, issues: warnings } = exportNcclXml(l.design, l.catalog, opts.node));
      else if (opts.to === 'infragraph') text = exportInfragraph(l.design);
      else if (opts.to === 'dot') text = exportDot(l.design);
      else if (opts.to === 'svg') text = await exportSvg(l.design);
      else text = exportJson(l.design);
      if (opts.output) warnings = [...warnings, ...writeOutputFile(opts.output, text)];
      else printText(text);
      if (warnings.length) process.stderr.write(formatIssues(warnings.map((w) => issueOf(w, l.file))) + '\n');
      setExit(warnings.some((w) => w.severity === 'error') ? 1 : 0);
    });
};
