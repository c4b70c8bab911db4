/** Renders a check result as the `--json` object and as text. */
import type { Issue } from '../model/index.js';
import { formatIssues, verdictLine } from './issues.js';

export interface CheckJson {
  ok: boolean;
  issues: Issue[];
  [extra: string]: unknown;
}

export const checkJson = (issues: readonly Issue[], extra: Record<string, unknown> = {}): CheckJson => ({
  ok: !issues.some((i) => i.severity === 'error'),
  issues: [...issues],
  ...extra,
});

export function checkText(file: string, issues: readonly Issue[], sections: readonly string[] = []): string {
  return [...(issues.length ? [formatIssues(issues)] : []), ...sections, verdictLine(file, issues)].join(
    '\n',
  );
}
