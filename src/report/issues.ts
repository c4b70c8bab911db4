/** Issues rendered for people: `file:line:col: severity code: message`, then the field path and hint. */
import type { Issue } from '../model/index.js';

export function formatIssue(i: Issue): string {
  const where = i.file ? `${i.file}${i.line !== null ? `:${i.line}:${i.column ?? 1}` : ''}: ` : '';
  const lines = [`${where}${i.severity} ${i.code}: ${i.message}`];
  if (i.path) lines.push(`  at ${i.path}`);
  if (i.hint) lines.push(`  hint: ${i.hint}`);
  return lines.join('\n');
}

export const formatIssues = (issues: readonly Issue[]): string => issues.map(formatIssue).join('\n');

export function countBySeverity(issues: readonly Issue[]): Record<'error' | 'warning' | 'info', number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

/** One-line verdict: `clean`, or counts of errors and warnings. */
export function verdictLine(subject: string, issues: readonly Issue[]): string {
  const n = countBySeverity(issues);
  if (n.error === 0 && n.warning === 0) return `${subject}: clean${n.info ? ` (${n.info} info)` : ''}`;
  return `${subject}: ${n.error} error${n.error === 1 ? '' : 's'}, ${n.warning} warning${n.warning === 1 ? '' : 's'}${n.info ? `, ${n.info} info` : ''}`;
}
