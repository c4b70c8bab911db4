/** zod validation issues turned into rackwire Issues with file, line, column, field path and a hint. */
import type { z } from 'zod';
import { suggest, type Issue } from '../model/index.js';
import { formatPath, positionOf, type ParsedSource, type PathSegment } from './source-map.js';

type ZodIssue = z.core.$ZodIssue;

/** Picks, from a union's failed branches, the issues of the branch that got furthest into the input. */
function flattenUnion(issue: ZodIssue & { code: 'invalid_union' }): ZodIssue[] | null {
  const branches = issue.errors.filter((b) => b.length > 0);
  const depth = (b: ZodIssue[]): number => Math.max(...b.map((i) => i.path.length));
  const deepest = Math.max(...branches.map(depth));
  if (deepest === 0) return null;
  const best = branches.find((b) => depth(b) === deepest) ?? [];
  return best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as ZodIssue);
}

function expand(issues: readonly ZodIssue[]): ZodIssue[] {
  const out: ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      const flat = flattenUnion(issue);
      if (flat) {
        out.push(...expand(flat));
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

/** The allowed bound of a too-small / too-big issue, as a hint: "the smallest allowed is 1". */
function rangeHint(issue: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum;
  const strict = issue.inclusive === false;
  const what = issue.origin === 'string' || issue.origin === 'array' ? ` ${issue.origin} length` : '';
  const rel = small ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most';
  return `use a${what} value ${rel} ${String(bound)} (docs/format.md lists each field's range)`;
}

function describe(
  issue: ZodIssue,
  knownKeys: (path: PathSegment[]) => string[],
): { code: string; message: string; hint: string | null } {
  const field = formatPath(issue.path as PathSegment[]) || '(top level)';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(issue.path as PathSegment[]);
      const guesses = issue.keys.map((k) => suggest(k, known)).filter((g): g is string => g !== null);
      return {
        code: 'unknown-field',
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${field}`,
        hint: guesses.length
          ? `did you mean "${guesses[0]}"?`
          : known.length
            ? `known fields: ${known.join(', ')}`
            : null,
      };
    }
    case 'invalid_type':
      if (issue.path.length === 0)
        return issue.input === undefined || issue.input === null
          ? {
              code: 'empty-file',
              message: 'the file is empty',
              hint: 'a design file starts with "formatVersion: 1" and "name:"',
            }
          : {
              code: 'not-a-mapping',
              message: `the file holds a ${Array.isArray(issue.input) ? 'list' : typeof issue.input}, not a mapping of fields`,
              hint: 'a design file starts with "formatVersion: 1" and "name:"',
            };
      if (issue.input === undefined)
        return {
          code: 'missing-field',
          message: `${field} is required`,
          hint: `add ${field} (${issue.expected})`,
        };
      return {
        code: 'invalid-type',
        message: `${field}: ${issue.message}`,
        hint: `write ${field} as a ${issue.expected} (docs/format.md)`,
      };
    case 'too_small':
    case 'too_big':
      return { code: 'out-of-range', message: `${field}: ${issue.message}`, hint: rangeHint(issue) };
    case 'invalid_union':
      return {
        code: 'invalid-value',
        message: `${field}: value matches none of the allowed forms`,
        hint: 'see docs/format.md',
      };
    default:
      return { code: 'invalid-value', message: `${field}: ${issue.message}`, hint: 'see docs/format.md' };
  }
}

/** Converts zod issues on `source` into located Issues, all of them (never only the first). */
export function zodIssuesToIssues(
  issues: readonly ZodIssue[],
  source: Pick<ParsedSource, 'file' | 'positions'>,
  knownKeys: (path: PathSegment[]) => string[] = () => [],
): Issue[] {
  return expand(issues).map((issue) => {
    const path = issue.path as PathSegment[];
    const d = describe(issue, knownKeys);
    const keyPos =
      issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
        ? source.positions.get(formatPath([...path, issue.keys[0]]) + '#key')
        : undefined;
    const pos = keyPos ?? positionOf(source, path) ?? { line: 1, column: 1 };
    return {
      severity: 'error',
      code: d.code,
      message: d.message,
      path: formatPath(path) || null,
      file: source.file,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      hint: d.hint,
    };
  });
}
