/** `rackwire phy`: retimer placement (with a fixed design), loss waterfall SVG, cable choice. */
import { Option, type Command } from 'commander';
import {
  cablesOfDesign,
  retimersOfDesign,
  waterfallOfDesign,
  type CablePreference,
  type PhyRun,
} from '../../api/index.js';
import { designToYaml } from '../../io/index.js';
import { hasErrors, type DraftIssue } from '../../model/index.js';
import { formatIssues } from '../../report/issues.js';
import { cablePlanText, retimerProposalsJson, retimerProposalsText } from '../../report/phy-fixes.js';
import { phyWaterfallSvg } from '../../report/phy-waterfall.js';
import { printEnvelope, printText, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

type Opts = { json?: boolean; output?: string; link?: string; prefer?: CablePreference };
/** What one subcommand shows of its api result: further findings (a file not written), JSON, text. */
type Render<T> = (
  r: T,
  run: PhyRun<T>,
  o: Opts,
) => { drafts: DraftIssue[]; json: Record<string, unknown>; text: string };

/**
 * parse → api → render, with one JSON object on stdout and exit 1 on errors in the data; `empty` is the
 * JSON when there is no result (the design does not load, an unknown link: every key present, null).
 */
const action =
  <T>(
    setExit: (c: number) => void,
    empty: Record<string, null>,
    api: (spec: string, o: Opts) => PhyRun<T>,
    render: Render<T>,
  ) =>
  (spec: string, o: Opts) => {
    const run = api(spec, o);
    const out = run.result ? render(run.result, run, o) : { drafts: [], json: empty, text: '' };
    const issues = [...run.prepared.loaded.issues, ...run.prepared.locate([...run.drafts, ...out.drafts])];
    if (o.json) printEnvelope(issues, out.json);
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
      action(setExit, { proposals: null, output: null }, retimersOfDesign, (r, run, o) => {
        const yaml = () => designToYaml(r.fixedDesign, run.prepared.catalog);
        const written = o.output ? writeOutputFile(o.output, yaml()) : [];
        return {
          drafts: written,
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
      action(
        setExit,
        { output: null, svg: null },
        (spec, o) => waterfallOfDesign(spec, o.link!),
        (r, _run, o) => {
          const svg = phyWaterfallSvg(r.link, { recommendedMarginDb: r.recommendedMarginDb });
          const written = o.output ? writeOutputFile(o.output, svg) : [];
          return {
            drafts: written,
            json: { output: written.length ? null : (o.output ?? null), svg: o.output ? null : svg },
            text: o.output ? (written.length ? '' : `wrote ${o.output}`) : svg,
          };
        },
      ),
    );
  sub('cables', 'choose passive copper, AEC or optics for every cable by length and lane rate')
    .addOption(
      new Option('--prefer <what>', 'power or reach (default: the design setting)').choices([
        'power',
        'reach',
      ]),
    )
    .action(
      action(
        setExit,
        { cables: null },
        (spec, o) => cablesOfDesign(spec, o.prefer),
        (r) => ({ drafts: [], json: { cables: r.rows }, text: cablePlanText(r.rows) }),
      ),
    );
};
