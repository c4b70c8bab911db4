/** Turns DraftIssues (model paths) into located Issues (file, line, column, file field path). */
import type { DraftIssue, Issue } from '../model/index.js';
import { formatPath, positionOf, type ParsedSource, type PathSegment } from './source-map.js';
import type { Origins } from './design/instantiate.js';

const MODEL_PATH = /^(components|links|containers)\[(\d+)\](.*)$/;

/** `.to` / `.channel[2]` / `.ports[3].lanes` → path segments. */
function parseSuffix(suffix: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(suffix))) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  return out;
}

export function locateIssues(
  drafts: readonly DraftIssue[],
  origins: Origins | null,
  sources: ReadonlyMap<string, ParsedSource>,
): Issue[] {
  return drafts.map((d) => {
    let path: PathSegment[] | null = null;
    let source: ParsedSource | null = null;
    const m = d.modelPath ? MODEL_PATH.exec(d.modelPath) : null;
    if (m && origins) {
      const decl = origins[m[1] as keyof Origins][Number(m[2])];
      if (decl) {
        path = [...decl.path, ...parseSuffix(m[3] ?? '')];
        source = sources.get(decl.file) ?? null;
      }
    }
    const pos = path && source ? positionOf(source, path) : null;
    return {
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: path ? formatPath(path) : (d.modelPath ?? null),
      file: source?.file ?? null,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      hint: d.hint ?? null,
    };
  });
}
