/** Built-in designs: `builtin:NAME` is `examples/NAME.yaml` of the installed package (one file, no drift). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';

export const BUILTIN_PREFIX = 'builtin:';

/** The package root: the nearest folder above this module whose package.json is rackwire's. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'rackwire')
      return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('rackwire package root not found');
    dir = up;
  }
}

export const examplesDir = (): string => join(packageRoot(), 'examples');

export function builtinNames(): string[] {
  return readdirSync(examplesDir())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The file behind `builtin:NAME`, or null if there is no such builtin. */
export function builtinPath(name: string): string | null {
  const path = join(examplesDir(), `${name}.yaml`);
  return existsSync(path) ? path : null;
}

/** The `description:` line (top-level key) of the built-in design NAME, or '' (also for an unknown name). */
export function builtinDescription(name: string): string {
  const path = builtinPath(name);
  return path ? (/^description:\s*'?(.*?)'?\s*$/m.exec(readFileSync(path, 'utf8'))?.[1] ?? '') : '';
}

/**
 * Builtin preset of each module a builtin declares (`dgx-h100` → `hgx-h100-8`, both modules of `gb200-nvl72` →
 * `gb200-nvl72`): catalog guidance is keyed by preset (rack heights), a planned design names its modules.
 */
export function builtinOfModules(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of builtinNames()) {
    const text = readFileSync(join(examplesDir(), `${name}.yaml`), 'utf8');
    const modules = (parse(text) as { modules?: Record<string, unknown> } | null)?.modules ?? {};
    for (const m of Object.keys(modules)) out[m] ??= name;
  }
  return out;
}
