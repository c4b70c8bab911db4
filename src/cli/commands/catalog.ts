/** `rackwire catalog`: list, show and audit the built-in catalog (every figure with its source or estimate). */
import { builtinCatalog } from '../../catalog/index.js';
import {
  catalogRecords,
  findRecord,
  flaggedFigures,
  recordsOfKind,
  unknownRecordError,
} from '../../report/catalog-records.js';
import * as render from '../../report/catalog.js';
import { printEnvelope, printText } from '../output.js';
import { NotFoundError, UsageError } from '../../model/index.js';
import type { Command } from 'commander';
import type { RegisterCommand } from './register.js';

type JsonOpt = { json?: boolean };
/** `--json` may sit before or after the subcommand, so read the merged options (commander optsWithGlobals). */
const json = (cmd: Command): boolean => Boolean(cmd.optsWithGlobals<JsonOpt>().json);
const emit = (asJson: boolean, obj: Record<string, unknown>, text: () => string) =>
  asJson ? printEnvelope([], obj) : printText(text());

export const register: RegisterCommand = (program, setExit) => {
  const catalog = program
    .command('catalog')
    .description('browse the built-in catalog of standards, media and parts, with the source of every figure')
    .option('--estimates', 'list every figure flagged as an estimate (record id, field, value, reason)')
    .option('--json', 'print one JSON object')
    .action((opts: JsonOpt & { estimates?: boolean }) => {
      if (!opts.estimates) {
        if (opts.json)
          throw new UsageError(
            'name a catalog subcommand (list, show, standards) or --estimates',
            'usage',
            [],
            {
              path: '<subcommand>',
              hint: 'rackwire catalog --help lists the usage',
            },
          );
        return (catalog.outputHelp(), setExit(2));
      }
      const flagged = flaggedFigures(builtinCatalog());
      emit(Boolean(opts.json), { estimates: flagged, count: flagged.length }, () =>
        render.renderEstimates(flagged),
      );
    });
  catalog
    .command('list')
    .description(
      'list records, optionally of one section or kind (part, cable, accelerator, pcie-switch, aec...)',
    )
    .option('--kind <kind>', 'section (standard, material, connector, cable, part, guidance) or kind')
    .option('--json', 'print one JSON object')
    .action((opts: { kind?: string }, cmd: Command) => {
      const c = builtinCatalog();
      const records = opts.kind ? recordsOfKind(c, opts.kind) : catalogRecords(c);
      emit(json(cmd), render.listJson(records), () => render.renderCatalogList(records));
    });
  catalog
    .command('show')
    .description('show one record: every figure with its source or ESTIMATE: reason')
    .argument('<id>', 'record id (part, standard, material, connector, cable, guidance)')
    .option('--json', 'print one JSON object')
    .action((id: string, _opts: JsonOpt, cmd: Command) => {
      const c = builtinCatalog();
      const ref = findRecord(c, id);
      if (ref) return emit(json(cmd), render.recordJson(ref), () => render.renderRecord(ref));
      const error = unknownRecordError(c, id);
      throw new NotFoundError(error.message, error.code, [], { path: '<id>', hint: error.hint });
    });
  catalog
    .command('standards')
    .description('table of the interconnect standards: rates, signalling, Nyquist, loss budgets')
    .option('--json', 'print one JSON object')
    .action((_opts: JsonOpt, cmd: Command) => {
      const standards = builtinCatalog().standards;
      emit(json(cmd), { standards }, () => render.renderStandards(standards));
    });
};
