/** The envelope every command prints: `--json` as { ok, issues, ...fields }, text as the issues, sections and a verdict line. */
import type { Issue } from '../model/index.js';
import { formatIssues, verdictLine } from './issues.js';

export interface ResultJson {
  ok: boolean;
  issues: Issue[];
  [extra: string]: unknown;
}

export const resultJson = (issues: readonly Issue[], extra: Record<string, unknown> = {}): ResultJson => ({
  ok: !issues.some((i) => i.severity === 'error'),
  issues: [...issues],
  ...extra,
});

export function resultText(file: string, issues: readonly Issue[], sections: readonly string[] = []): string {
  return [...(issues.length ? [formatIssues(issues)] : []), ...sections, verdictLine(file, issues)].join(
    '\n',
  );
}
