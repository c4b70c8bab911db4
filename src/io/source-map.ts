/** Source positions of YAML/JSON nodes by field path, so every issue can name file, line and column. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Issue } from '../model/index.js';

export interface Position {
  line: number;
  column: number;
}

export type PathSegment = string | number;

/** `links[3].channel[0].trace` from ['links', 3, 'channel', 0, 'trace']. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export interface ParsedSource {
  file: string;
  value: unknown;
  /** Position of the value at each field path (and of its key, for map entries). */
  positions: Map<string, Position>;
  issues: Issue[];
}

/** Largest design or catalog file read (bytes); bigger files are refused before parsing (bounded memory). */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024;
/** Alias expansions allowed per document: stops "billion laughs" YAML alias bombs. */
export const MAX_ALIAS_COUNT = 1000;

const issueAt = (
  file: string,
  pos: Position | null,
  code: string,
  message: string,
  hint: string | null,
): Issue => ({
  severity: 'error',
  code,
  message,
  path: null,
  file,
  line: pos?.line ?? null,
  column: pos?.column ?? null,
  hint,
});

/** Parses YAML (JSON is accepted as YAML 1.2) keeping the position of every node. */
export function parseSource(text: string, file: string): ParsedSource {
  const positions = new Map<string, Position>();
  if (text.length > MAX_SOURCE_BYTES) {
    const mib = (text.length / 1024 / 1024).toFixed(1);
    const issue = issueAt(
      file,
      { line: 1, column: 1 },
      'file-too-large',
      `file is ${mib} MiB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
      'use modules and repeat to describe large designs compactly',
    );
    return { file, value: undefined, positions, issues: [issue] };
  }
  if (text.includes('\u0000')) {
    return {
      file,
      value: undefined,
      positions,
      issues: [
        issueAt(
          file,
          { line: 1, column: 1 },
          'not-text',
          'file contains NUL bytes: not a YAML or JSON text file',
          'check the file name',
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const issues: Issue[] = [...doc.errors, ...doc.warnings].map((e) =>
    issueAt(
      file,
      pos(e.pos[0]),
      e.name === 'YAMLWarning' ? 'yaml-warning' : 'yaml-syntax',
      e.message.split('\n')[0] ?? e.message,
      syntaxHint(e.code),
    ),
  );
  if (doc.errors.length > 0) return { file, value: undefined, positions, issues };
  walk(doc.contents as Node | null, [], positions, pos);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    issues.push(
      issueAt(
        file,
        { line: 1, column: 1 },
        /alias/i.test(message) ? 'yaml-alias' : 'yaml-syntax',
        message,
        'YAML aliases may be used, but their expansion is limited; avoid nested alias chains',
      ),
    );
  }
  return { file, value, positions, issues };
}

function syntaxHint(code: string): string | null {
  if (code === 'DUPLICATE_KEY') return 'each key may appear once in a map';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check indentation and quotes on this line';
  return null;
}

function walk(
  node: Node | null,
  path: PathSegment[],
  out: Map<string, Position>,
  pos: (o: number) => Position,
): void {
  if (!node) return;
  if (node.range) out.set(formatPath(path), pos(node.range[0]));
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const childPath = [...path, key];
      const keyNode = item.key as Node | null;
      if (keyNode?.range) out.set(formatPath(childPath) + '#key', pos(keyNode.range[0]));
      if (item.value) walk(item.value as Node, childPath, out, pos);
      else if (keyNode?.range) out.set(formatPath(childPath), pos(keyNode.range[0]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node, [...path, i], out, pos));
  }
}

/** The position of a path, or of its nearest ancestor that has one (a missing field points at its parent). */
export function positionOf(
  source: Pick<ParsedSource, 'positions'>,
  path: readonly PathSegment[],
): Position | null {
  for (let n = path.length; n >= 0; n--) {
    const p = source.positions.get(formatPath(path.slice(0, n)));
    if (p) return p;
  }
  return null;
}
