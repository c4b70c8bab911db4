/** `rackwire phy`: retimer placement (with a fixed design), loss waterfall SVG, cable choice. */
import { Option, type Command } from 'commander';
import { designToYaml, loadDesign, type LoadedDesign } from '../../io/index.js';
import { hasErrors, type DraftIssue } from '../../model/index.js';
import {
  analyzePhysical,
  placeRetimers,
  planCables,
  recommendedMarginDb,
  type CablePreference,
} from '../../phy/index.js';
import { resultJson } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { cablePlanText, retimerProposalsJson, retimerProposalsText } from '../../report/phy-fixes.js';
import { phyWaterfallSvg } from '../../report/phy-waterfall.js';
import { printJson, printText, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = { json?: boolean; output?: string; link?: string; prefer?: CablePreference };
type Run = (
  l: LoadedDesign & { design: NonNullable<LoadedDesign['design']> },
  o: Opts,
) => { drafts: DraftIssue[]; json: Record<string, unknown>; text: string };

/**
 * load → compute → render, with one JSON object on stdout and exit 1 on errors in the data; `empty` is the
 * JSON when the design does not load (every key present, null).
 */
const action =
  (setExit: (c: number) => void, empty: Record<string, null>, run: Run) => (spec: string, o: Opts) => {
    const loaded = loadDesign(spec);
    const out = loaded.design
      ? run({ ...loaded, design: loaded.design }, o)
      : { drafts: [], json: empty, text: '' };
    const issues = [...loaded.issues, ...loaded.locate(out.drafts)];
    if (o.json) printJson(resultJson(issues, out.json));
    else printText([out.text, issues.length ? formatIssues(issues) : ''].filter(Boolean).join('\n'));
    setExit(hasErrors(issues) ? 1 : 0);
  };

export const register: RegisterCommand = (program, setExit) => {
  const phy = program
    .command('phy')
    .description('physical layer: retimer placement, loss waterfall, cable choice');
  const sub = (name: string, desc: string): Command =>
    phy
      .command(name)
      .description(desc)
      .argument('<design>', 'design file or builtin:NAME')
      .option('--json', 'print one JSON object');
  sub('place-retimers', 'propose the fewest retimers for each failing link, and where')
    .option('-o, --output <file>', 'write the design with the retimers added (YAML)')
    .action(
      action(setExit, { proposals: null, output: null }, (l, o) => {
        const r = placeRetimers(l.design, l.catalog);
        const written = o.output ? writeOutputFile(o.output, designToYaml(r.design, l.catalog)) : [];
        return {
          drafts: [...r.issues, ...written],
          json: {
            proposals: retimerProposalsJson(r.proposals),
            output: written.length ? null : (o.output ?? null),
          },
          text: retimerProposalsText(r.proposals),
        };
      }),
    );
  sub('waterfall', "draw one link's loss by segment against its budget (SVG)")
    .requiredOption('--link <id>', 'link id')
    .option('-o, --output <file>', 'SVG file (default: stdout)')
    .action(
      action(setExit, { output: null, svg: null }, (l, o) => {
        const link = analyzePhysical(l.design, l.catalog).links.find((x) => x.id === o.link);
        if (!link)
          return {
            drafts: [
              { severity: 'error', code: 'phy-link-not-found', message: `no link "${o.link}" in the design` },
            ],
            json: { output: null, svg: null },
            text: '',
          };
        const svg = phyWaterfallSvg(link, {
          recommendedMarginDb: recommendedMarginDb(l.design, l.catalog, link.budgetDb),
        });
        const written = o.output ? writeOutputFile(o.output, svg) : [];
        return {
          drafts: written,
          json: { output: written.length ? null : (o.output ?? null), svg: o.output ? null : svg },
          text: o.output ? (written.length ? '' : `wrote ${o.output}`) : svg,
        };
      }),
    );
  sub('cables', 'choose passive copper, AEC or optics for every cable by length and lane rate')
    .addOption(
      new Option('--prefer <what>', 'power or reach (default: the design setting)').choices([
        'power',
        'reach',
      ]),
    )
    .action(
      action(setExit, { cables: null }, (l, o) => {
        const plan = planCables(l.design, l.catalog, o.prefer);
        return { drafts: plan.issues, json: { cables: plan.rows }, text: cablePlanText(plan.rows) };
      }),
    );
};
