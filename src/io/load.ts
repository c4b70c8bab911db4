/** Loading designs and user catalogs from files: the I/O boundary of the library. */
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { dirname, resolve } from 'node:path';
import { builtinCatalogFile, CatalogFile, mergeCatalogs, type Catalog } from '../catalog/index.js';
import { suggest, type Design, type DraftIssue, type Issue } from '../model/index.js';
import { builtinNames, builtinPath, BUILTIN_PREFIX } from './builtin.js';
import { DesignFileSchema, type DesignFile } from './design/file-schema.js';
import { instantiate, type ModuleSource, type Origins } from './design/instantiate.js';
import { locateIssues } from './locate.js';
import { knownKeysAt } from './schema-keys.js';
import {
  formatPath,
  MAX_SOURCE_BYTES,
  parseSource,
  positionOf,
  type ParsedSource,
  type PathSegment,
} from './source-map.js';
import { zodIssuesToIssues } from './zod-issues.js';

export interface LoadedDesign {
  /** The file read (the resolved path of a builtin). */
  file: string;
  /** Null when the file could not be read or is not a valid format-v1 design. */
  design: Design | null;
  catalog: Catalog;
  issues: Issue[];
  /** Locates issues that analyses found on `design` in the file. */
  locate: (drafts: readonly DraftIssue[]) => Issue[];
}

const fileIssue = (file: string, code: string, message: string, hint: string | null): Issue => ({
  severity: 'error',
  code,
  message,
  path: null,
  file,
  line: null,
  column: null,
  hint,
});

/** Reads a text file, or returns an issue saying why not (missing, a folder, too large, unreadable). */
export function readTextFile(path: string): { text: string } | { issue: Issue } {
  try {
    const st = statSync(path);
    if (st.isDirectory())
      return { issue: fileIssue(path, 'file-unreadable', `${path} is a folder, not a file`, null) };
    if (st.size > MAX_SOURCE_BYTES)
      return {
        issue: fileIssue(
          path,
          'file-too-large',
          `${path} is ${(st.size / 2 ** 20).toFixed(1)} MiB; the limit is ${MAX_SOURCE_BYTES / 2 ** 20} MiB`,
          'use modules and repeat to describe large designs compactly',
        ),
      };
    return { text: readFileSync(path, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      issue: fileIssue(
        path,
        code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
        code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(err as Error).message}`,
        code === 'ENOENT' ? 'check the path; built-in designs are named builtin:NAME' : null,
      ),
    };
  }
}

/** Resolves `builtin:NAME` to its file; other paths are returned as they are. */
export function resolveDesignPath(spec: string): { path: string } | { issue: Issue } {
  if (!spec.startsWith(BUILTIN_PREFIX)) return { path: spec };
  const name = spec.slice(BUILTIN_PREFIX.length);
  const path = builtinPath(name);
  if (path) return { path };
  const names = builtinNames();
  const guess = suggest(name, names);
  return {
    issue: fileIssue(
      spec,
      'builtin-not-found',
      `no built-in design "${name}"`,
      guess
        ? `did you mean builtin:${guess}? (built-ins: ${names.join(', ')})`
        : `built-ins: ${names.join(', ')}`,
    ),
  };
}

/** Reads a YAML/JSON file and validates it with `schema`; every problem is a located issue. */
export function loadSchemaFile<S extends z.ZodType>(
  path: string,
  schema: S,
): { data: z.infer<S> | null; issues: Issue[] } {
  const read = readTextFile(path);
  if ('issue' in read) return { data: null, issues: [read.issue] };
  const source = parseSource(read.text, path);
  if (source.issues.some((i) => i.severity === 'error')) return { data: null, issues: source.issues };
  const parsed = schema.safeParse(source.value, { reportInput: true });
  if (!parsed.success)
    return {
      data: null,
      issues: zodIssuesToIssues(parsed.error.issues, source, (p) => knownKeysAt(schema, p)),
    };
  return { data: parsed.data, issues: source.issues };
}

/** Loads a user catalog file (YAML/JSON, `catalogVersion: 1`). */
export function loadCatalogFile(path: string): { catalog: CatalogFile | null; issues: Issue[] } {
  const { data, issues } = loadSchemaFile(path, CatalogFile);
  return { catalog: data, issues };
}

interface FileSet {
  sources: Map<string, ParsedSource>;
  modules: Map<string, ModuleSource>;
  catalogs: CatalogFile[];
  issues: Issue[];
}

const errorAt = (
  source: ParsedSource,
  path: PathSegment[],
  code: string,
  message: string,
  hint: string | null,
): Issue => {
  const pos = positionOf(source, path);
  return {
    severity: 'error',
    code,
    message,
    path: formatPath(path),
    file: source.file,
    line: pos?.line ?? null,
    column: pos?.column ?? null,
    hint,
  };
};

/** Parses and validates one design file, then its user catalogs and imports (depth first, each file once). */
function addFile(set: FileSet, text: string, file: string, chain: string[]): DesignFile | null {
  const source = parseSource(text, file);
  set.sources.set(file, source);
  set.issues.push(...source.issues);
  if (source.issues.some((i) => i.severity === 'error')) return null;
  const parsed = DesignFileSchema.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    set.issues.push(
      ...zodIssuesToIssues(parsed.error.issues, source, (p) => knownKeysAt(DesignFileSchema, p)),
    );
    return null;
  }
  const data = parsed.data;
  (data.catalogs ?? []).forEach((rel, k) => {
    const loaded = loadCatalogFile(resolve(dirname(file), rel));
    if (loaded.catalog) set.catalogs.push(loaded.catalog);
    for (const i of loaded.issues)
      set.issues.push(i.line !== null ? i : errorAt(source, ['catalogs', k], i.code, i.message, i.hint));
  });
  (data.imports ?? []).forEach((spec, k) => {
    const resolved = resolveDesignPath(spec.startsWith(BUILTIN_PREFIX) ? spec : resolve(dirname(file), spec));
    if ('issue' in resolved)
      return void set.issues.push(
        errorAt(source, ['imports', k], resolved.issue.code, resolved.issue.message, resolved.issue.hint),
      );
    if (chain.includes(resolved.path))
      return void set.issues.push(
        errorAt(
          source,
          ['imports', k],
          'import-cycle',
          `imports form a loop: ${[...chain, resolved.path].join(' → ')}`,
          'a file may not import itself, directly or indirectly',
        ),
      );
    if (set.sources.has(resolved.path)) return;
    const read = readTextFile(resolved.path);
    if ('issue' in read)
      return void set.issues.push(
        errorAt(source, ['imports', k], read.issue.code, read.issue.message, read.issue.hint),
      );
    addFile(set, read.text, resolved.path, [...chain, resolved.path]);
  });
  for (const [name, decl] of Object.entries(data.modules ?? {})) {
    const prior = set.modules.get(name);
    if (prior && prior.file !== file) {
      set.issues.push(
        errorAt(
          source,
          ['modules', name],
          'module-conflict',
          `module "${name}" is also defined in ${prior.file}`,
          'rename one of them',
        ),
      );
      continue;
    }
    set.modules.set(name, { decl, file });
  }
  return data;
}

/** Parses design text already read (reading the user catalogs and imports it names). */
export function parseDesign(
  text: string,
  file: string,
  opts: { extraCatalogs?: CatalogFile[] } = {},
): LoadedDesign {
  const set: FileSet = { sources: new Map(), modules: new Map(), catalogs: [], issues: [] };
  const data = addFile(set, text, file, [file]);
  const catalog = mergeCatalogs(builtinCatalogFile, ...(opts.extraCatalogs ?? []), ...set.catalogs);
  const locator = (origins: Origins | null) => (drafts: readonly DraftIssue[]) =>
    locateIssues(drafts, origins, set.sources);
  if (!data || set.issues.some((i) => i.severity === 'error'))
    return { file, design: null, catalog, issues: set.issues, locate: locator(null) };
  const { design, origins, errors } = instantiate(data, file, set.modules, catalog);
  for (const e of errors) {
    const source = set.sources.get(e.file);
    if (source) set.issues.push(errorAt(source, e.at, e.code, e.message, e.hint));
  }
  const ok = !set.issues.some((i) => i.severity === 'error');
  return { file, design: ok ? design : null, catalog, issues: set.issues, locate: locator(origins) };
}

/** Loads a design from a path or `builtin:NAME`. Never throws for bad input: problems are issues. */
export function loadDesign(spec: string, opts: { extraCatalogs?: CatalogFile[] } = {}): LoadedDesign {
  const resolved = resolveDesignPath(spec);
  const catalog = mergeCatalogs(builtinCatalogFile, ...(opts.extraCatalogs ?? []));
  const empty = (issue: Issue): LoadedDesign => ({
    file: spec,
    design: null,
    catalog,
    issues: [issue],
    locate: (d) => locateIssues(d, null, new Map()),
  });
  if ('issue' in resolved) return empty(resolved.issue);
  const read = readTextFile(resolved.path);
  if ('issue' in read) return empty(read.issue);
  return parseDesign(read.text, resolved.path, opts);
}
