/** The field names a zod schema allows at a path, for did-you-mean hints on unknown fields. */
import type { z } from 'zod';
import type { PathSegment } from './source-map.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType[] {
  const d = defOf(s);
  if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
    return unwrap(d.innerType);
  if (d.type === 'pipe' && d.in) return unwrap(d.in);
  if (d.type === 'union' && d.options) return d.options.flatMap(unwrap);
  return [s];
}

function child(s: z.ZodType, seg: PathSegment): z.ZodType[] {
  const d = defOf(s);
  if (d.type === 'object' && typeof seg === 'string' && d.shape?.[seg]) return unwrap(d.shape[seg]);
  if (d.type === 'array' && typeof seg === 'number' && d.element) return unwrap(d.element);
  if (d.type === 'record' && d.valueType) return unwrap(d.valueType);
  return [];
}

export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const seg of path) current = current.flatMap((s) => child(s, seg));
  return current.flatMap((s) => {
    const d = defOf(s);
    return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
  });
}
