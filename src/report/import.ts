/** Renders an import result (`rackwire import`): a count line and the issues, or the `--json` object. */
import { issueAtFile, type Design, type Issue } from '../model/index.js';
import { formatIssues, verdictLine } from './issues.js';

/** Counts as `rackwire import --json` prints them (gpus, nics, cpus, pcieSwitches, nvlinkBundles, retimers). */
export type ImportCounts = Record<string, number>;

export const issueOf = issueAtFile;

/** The result fields of `import --json` (the CLI wraps them in the { ok, issues } envelope). */
export interface ImportJson {
  format: string | null;
  design: Design | null;
  summary: ImportCounts | null;
}

export const importJson = (
  format: string | null,
  design: Design | null,
  summary: ImportCounts | null,
): ImportJson => ({ format, design, summary });

export function importText(
  subject: string,
  format: string,
  summary: ImportCounts,
  issues: readonly Issue[],
  wrote: string | null,
): string {
  const counts = Object.entries(summary)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    ...(issues.length ? [formatIssues(issues)] : []),
    `read ${subject} as ${format}: ${counts}`,
    ...(wrote ? [`wrote ${wrote}`] : []),
    verdictLine(subject, issues),
  ].join('\n');
}
