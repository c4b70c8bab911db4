/** Issues: problems found in user input or a design, as data (conventions §8). */

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  /** Stable machine-readable code, e.g. `port-not-found`. Tests assert codes, not wording. */
  code: string;
  message: string;
  /** Field path in the source file (`links[3].to`), or in the model when no file is known. */
  path: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
  hint: string | null;
}

/** An issue before its location is known: `modelPath` points into the Design (`components[4].ports`). */
export interface DraftIssue {
  severity: Severity;
  code: string;
  message: string;
  modelPath?: string;
  hint?: string;
}

/** An issue about a file as a whole (or about no file): no line or column to point at. */
export const issueAtFile = (d: DraftIssue, file: string | null): Issue => ({
  severity: d.severity,
  code: d.code,
  message: d.message,
  path: d.modelPath ?? null,
  file,
  line: null,
  column: null,
  hint: d.hint ?? null,
});

/**
 * Folds repeated issues into one: issues with the same code and the same `groupKey` keep the first message,
 * with "(and N more)" appended, so a design of 10,000 alike links reports a finding once, not 10,000 times.
 */
export function foldRepeated(
  drafts: readonly DraftIssue[],
  groupKey: (d: DraftIssue) => string | null,
): DraftIssue[] {
  const groups = new Map<string, { first: DraftIssue; more: number }>();
  const out: (DraftIssue | { group: string })[] = [];
  for (const d of drafts) {
    const k = groupKey(d);
    if (k === null) {
      out.push(d);
      continue;
    }
    const key = `${d.code}\u0000${k}`;
    const g = groups.get(key);
    if (g) g.more++;
    else {
      groups.set(key, { first: d, more: 0 });
      out.push({ group: key });
    }
  }
  return out.map((o) => {
    if (!('group' in o)) return o;
    const g = groups.get(o.group)!;
    return g.more ? { ...g.first, message: `${g.first.message} (and ${g.more} more)` } : g.first;
  });
}

export const hasErrors = (issues: readonly { severity: Severity }[]): boolean =>
  issues.some((i) => i.severity === 'error');

/** Where an error without issues of its own points: a field path (or CLI option), a file, and a hint. */
export interface ErrorDetail {
  path?: string;
  file?: string;
  hint?: string;
}

/** Base class of errors library code throws; only the CLI maps them to exit codes. */
export class RackwireError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly issues: Issue[] = [],
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
/** The user's data is wrong (a file, a flag value). */
export class InputError extends RackwireError {}
/** Something named does not exist (a part, a builtin design, a link id). */
export class NotFoundError extends RackwireError {}
/** The API was called wrongly. */
export class UsageError extends RackwireError {}
/** A bug: an invariant that should hold did not. */
export class InternalError extends RackwireError {}

/**
 * The issues an error stands for, so that every failure reads like any other finding: the error's own located
 * issues when it has them, else one error issue of its code, message and detail.
 */
export function issuesOfError(err: RackwireError): Issue[] {
  if (err.issues.length) return [...err.issues];
  const d = err.detail;
  return [
    {
      severity: 'error',
      code: err.code,
      message: err.message,
      path: d.path ?? null,
      file: d.file ?? null,
      line: null,
      column: null,
      hint: d.hint ?? null,
    },
  ];
}
