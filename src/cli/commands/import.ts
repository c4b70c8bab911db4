/** `rackwire import FILE...`: read lspci / nvidia-smi / rocm-smi / NCCL XML / hwloc / InfraGraph files into a design. */
import { Option } from 'commander';
import { builtinCatalog } from '../../catalog/index.js';
import { designToYaml } from '../../io/index.js';
import {
  IMPORT_FORMATS,
  importTexts,
  shippedPciIds,
  summarize,
  type ImportFormat,
} from '../../io/import/index.js';
import { withGenericParts } from '../../io/import/parts.js';
import { hasErrors, issuesOfError, RackwireError } from '../../model/index.js';
import { importJson, importText, issueOf } from '../../report/import.js';
import { errorExitCode, printEnvelope, printText, readInput, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('import')
    .description(
      'read lspci, nvidia-smi topo -m, rocm-smi --showtopo, NCCL XML, hwloc XML or InfraGraph files of one host into a design',
    )
    .argument('<files...>', 'files of the same host (merged; the first with a PCIe tree leads)')
    .addOption(
      new Option('--from <format>', 'format of the files (default: detected from content)').choices(
        IMPORT_FORMATS,
      ),
    )
    .option('-o, --output <file>', 'write the design as a format-v1 YAML file')
    .option('--json', 'print one JSON object: { format, design, summary, issues }')
    .action((files: string[], opts: { from?: ImportFormat; output?: string; json?: boolean }) => {
      try {
        // The package's own database, never the host's: every machine names devices alike.
        const pciIds = shippedPciIds();
        const catalog = withGenericParts(builtinCatalog());
        const r = importTexts(
          files.map((f) => ({ name: f, text: readInput(f), ...(opts.from ? { from: opts.from } : {}) })),
          { catalog, pciIds },
        );
        const written = opts.output
          ? writeOutputFile(
              opts.output,
              designToYaml(r.design, catalog, `Imported by rackwire from ${files.join(', ')} (${r.format})`),
            )
          : [];
        const issues = [...r.issues, ...written].map((i) =>
          issueOf(i, files.length === 1 ? files[0]! : null),
        );
        const summary = { ...summarize(r.design) };
        if (opts.json) printEnvelope(issues, { ...importJson(r.format, r.design, summary) });
        else printText(importText(files.join(', '), r.format, summary, issues, opts.output ?? null));
        setExit(hasErrors(issues) ? 1 : 0);
      } catch (err) {
        if (!opts.json || !(err instanceof RackwireError)) throw err;
        const file = files.length === 1 ? files[0]! : null;
        const issues = issuesOfError(err).map((i) => ({ ...i, file: i.file ?? file }));
        printEnvelope(issues, { ...importJson(null, null, null) });
        setExit(errorExitCode(err));
      }
    });
};
