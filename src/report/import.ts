/** Renders an import result (`rackwire import`): a count line and the issues, or the `--json` object. */
import { issueAtFile, type Design, type Issue } from '../model/index.js';
import { formatIssues, verdictLine } from './issues.js';

/** Counts as `rackwire import --json` prints them (gpus, nics, cpus, pcieSwitches, nvlinkBundles, retimers). */
export type ImportCounts = Record<string, number>;

export const issueOf = issueAtFile;

export interface ImportJson {
  format: string | null;
  design: Design | null;
  summary: ImportCounts | null;
  issues: Issue[];
}

export const importJson = (
  format: string | null,
  design: Design | null,
  summary: ImportCounts | null,
  issues: Issue[],
): ImportJson => ({
  format,
  design,
  summary,
  issues,
});

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

/** The `--json` object for an import that could not run at all (unreadable file, unknown format). */
export const importErrorJson = (err: unknown, file: string | null = null): ImportJson =>
  importJson(null, null, null, [
    issueOf(
      {
        severity: 'error',
        code:
          (err as { code?: unknown }).code === undefined
            ? 'internal'
            : String((err as { code: unknown }).code),
        message: err instanceof Error ? err.message : String(err),
      },
      file,
    ),
  ]);
