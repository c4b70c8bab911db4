/** `rackwire report DESIGN -o report.html [--pdf FILE]`: the design review as one self-contained HTML page. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportOfDesign } from '../../api/index.js';
import { hasErrors, type DraftIssue } from '../../model/index.js';
import { resultText } from '../../report/envelope.js';
import { formatIssues } from '../../report/issues.js';
import { issueOf } from '../../report/import.js';
import { printEnvelope, printText, writeOutputFile } from '../output.js';
import type { RegisterCommand } from './register.js';

/** A Chromium to print with: CHROMIUM_PATH, else the usual Debian and upstream names on PATH. */
function findChromium(): string | null {
  const named = process.env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

function printPdf(htmlFile: string, pdfFile: string): DraftIssue[] {
  const chromium = findChromium();
  if (!chromium)
    return [
      {
        severity: 'error',
        code: 'report-pdf-no-browser',
        message: 'no Chromium found to print the PDF with',
        hint: 'install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH; the HTML report was written',
      },
    ];
  const r = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--print-to-pdf=${resolve(pdfFile)}`,
      '--no-pdf-header-footer',
      pathToFileURL(resolve(htmlFile)).href,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status === 0 && existsSync(pdfFile)) return [];
  return [
    {
      severity: 'error',
      code: 'report-pdf-failed',
      message: `Chromium could not print ${pdfFile}: ${(r.stderr || r.error?.message || '').split('\n')[0]}`,
      hint: 'the HTML report was written; open it in a browser and print it',
    },
  ];
}

export const register: RegisterCommand = (program, setExit) => {
  program
    .command('report')
    .description(
      'the design review as one self-contained HTML page: summary, topology drawing, physical table and loss waterfalls, path heat maps, collective charts, BOM, power, issues',
    )
    .argument('<design>', 'design file (YAML/JSON) or builtin:NAME')
    .requiredOption('-o, --output <file>', 'the HTML file to write')
    .option('--pdf <file>', 'also print the page to a PDF through Chromium')
    .option('--json', 'print one JSON object: { ok, issues, output, pdf }')
    .addHelpText(
      'after',
      '\nExamples:\n  rackwire report builtin:hgx-h100-8 -o hgx.html\n  rackwire report my-rack.yaml -o review.html --pdf review.pdf\n',
    )
    .action(async (design: string, opts: { output: string; pdf?: string; json?: boolean }) => {
      const r = await reportOfDesign(design);
      if (!r.html || hasErrors(r.issues)) {
        if (opts.json) printEnvelope(r.issues, { output: null, pdf: null });
        else printText(resultText(r.file, r.issues));
        setExit(1);
        return;
      }
      const problems = writeOutputFile(opts.output, r.html);
      if (!problems.length && opts.pdf) problems.push(...printPdf(opts.output, opts.pdf));
      if (problems.length) {
        const located = problems.map((w) => issueOf(w, r.file));
        if (opts.json) printEnvelope([...r.issues, ...located], { output: null, pdf: null });
        else process.stderr.write(formatIssues(located) + '\n');
        setExit(1);
        return;
      }
      if (opts.json) printEnvelope(r.issues, { output: opts.output, pdf: opts.pdf ?? null });
      else
        printText(
          `wrote ${opts.output}${opts.pdf ? ` and ${opts.pdf}` : ''} (${r.issues.length} issues listed in the report)`,
        );
      setExit(0);
    });
};
