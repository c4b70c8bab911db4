/**
 * Instantiates a validated format-v1 file into a Design: expands `repeat`, substitutes `{expr}`,
 * instantiates modules into containers, and records where each model object was declared.
 */
import type { Catalog } from '../../catalog/index.js';
import type { Component, Container, Design, Level, Link, Port, PortRef } from '../../model/index.js';
import { intOf, DeclError, linkOf, portsOf, textOf } from './convert.js';
import type { Vars } from './expr.js';
import type { ComponentDecl, DesignFile, InstanceDecl, LinkDecl, ModuleDecl } from './file-schema.js';
import { parseQuantity } from './units.js';

export type DeclPath = (string | number)[];

/** Where a declaration is: a file and the field path in it. */
export interface DeclOrigin {
  file: string;
  path: DeclPath;
}

/**
 * Where each model object came from, by its index in the design's arrays. Copies made by `repeat` share one
 * DeclOrigin object, so a 100,000-GPU design holds one per declaration, not one per copy.
 */
export interface Origins {
  components: DeclOrigin[];
  links: DeclOrigin[];
  containers: DeclOrigin[];
}

/** A module definition and the file that defines it (a design may import modules from other files). */
export interface ModuleSource {
  decl: ModuleDecl;
  file: string;
}

export interface InstantiateError {
  file: string;
  at: DeclPath;
  code: string;
  message: string;
  hint: string | null;
}

class StopInstantiation extends Error {}

/** Upper bound on instantiated objects, so a small file cannot exhaust memory. */
export const MAX_OBJECTS = 4_000_000;
const MAX_DEPTH = 32;

interface Scope {
  prefix: string;
  container: string | null;
  vars: Vars;
  stack: string[];
  file: string;
}

interface Body {
  components?: ComponentDecl[] | undefined;
  links?: LinkDecl[] | undefined;
  instances?: InstanceDecl[] | undefined;
}

/** Every assignment of the loop variables of `repeat` (cartesian product, first variable outermost). */
function* loops(
  repeat: Record<string, number | string> | undefined,
  vars: Vars,
  at: DeclPath,
): Generator<Vars> {
  const names = Object.keys(repeat ?? {});
  const counts = names.map((n) => intOf(repeat![n]!, vars, [...at, 'repeat', n]));
  const idx = names.map(() => 0);
  if (counts.some((c) => c <= 0)) return;
  const total = counts.reduce((a, b) => a * b, 1);
  if (total > MAX_OBJECTS)
    throw new DeclError(
      `repeat expands to ${total} copies, more than ${MAX_OBJECTS}`,
      [...at, 'repeat'],
      'design-too-large',
      'check repeat counts',
    );
  for (;;) {
    const v: Record<string, number> = { ...vars };
    names.forEach((n, k) => (v[n] = idx[k]!));
    yield v;
    let k = names.length - 1;
    while (k >= 0 && ++idx[k]! >= counts[k]!) idx[k--] = 0;
    if (k < 0) return;
  }
}

export function instantiate(
  file: DesignFile,
  fileName: string,
  modules: ReadonlyMap<string, ModuleSource>,
  catalog: Catalog,
): { design: Design; origins: Origins; errors: InstantiateError[] } {
  const components: Component[] = [];
  const links: Link[] = [];
  const containers: Container[] = [];
  const origins: Origins = { components: [], links: [], containers: [] };
  const errors: InstantiateError[] = [];
  const portIndex = new Map<string, Port[]>();
  const pendingLinks: { decl: LinkDecl; prefix: string; vars: Vars; at: DeclPath; file: string }[] = [];
  let objects = 0;
  const kindOfPart = new Map(catalog.parts.map((p) => [p.id, p.kind]));

  const guard = (at: DeclPath): void => {
    if (++objects > MAX_OBJECTS)
      throw new DeclError(
        `design expands to more than ${MAX_OBJECTS} objects`,
        at,
        'design-too-large',
        'check repeat counts',
      );
  };

  function body(b: Body, at: DeclPath, scope: Scope): void {
    (b.components ?? []).forEach((decl, k) => {
      const dAt = [...at, 'components', k];
      const origin: DeclOrigin = { file: scope.file, path: dAt };
      tryDecl(scope.file, dAt, () => {
        for (const v of loops(decl.repeat, scope.vars, [])) {
          guard([]);
          const name = textOf(decl.id, v, ['id']);
          const id = scope.prefix + name;
          const part = decl.part;
          const ports = portsOf(part, decl.ports, catalog, v);
          const component: Component = {
            id,
            name,
            // An unknown part keeps a placeholder kind; the check reports the part, and no analysis runs.
            kind: kindOfPart.get(part) ?? 'slot',
            part,
            container: scope.container,
            ports,
            pciBusId: decl.pciBusId === undefined ? null : textOf(decl.pciBusId, v, ['pciBusId']),
            numaNode: decl.numaNode === undefined ? null : intOf(decl.numaNode, v, ['numaNode']),
            infos: decl.infos ?? {},
          };
          portIndex.set(id, ports);
          components.push(component);
          origins.components.push(origin);
        }
      });
    });
    (b.instances ?? []).forEach((decl, k) => {
      const iAt = [...at, 'instances', k];
      tryDecl(scope.file, iAt, () => instance(decl, iAt, scope));
    });
    (b.links ?? []).forEach((decl, k) =>
      pendingLinks.push({
        decl,
        prefix: scope.prefix,
        vars: scope.vars,
        at: [...at, 'links', k],
        file: scope.file,
      }),
    );
  }

  /** Instantiates a module; `at` locates the instance declaration (errors thrown here are relative to it). */
  function instance(decl: InstanceDecl, at: DeclPath, scope: Scope): void {
    const source = modules.get(decl.module);
    if (!source) {
      const known = [...modules.keys()];
      throw new DeclError(
        `module "${decl.module}" is not defined`,
        ['module'],
        'module-not-found',
        known.length ? `defined modules: ${known.join(', ')}` : 'define it under modules:',
      );
    }
    if (scope.stack.includes(decl.module))
      throw new DeclError(
        `module "${decl.module}" instantiates itself (${[...scope.stack, decl.module].join(' → ')})`,
        ['module'],
        'module-cycle',
        'a module may not contain an instance of itself, directly or indirectly',
      );
    if (scope.stack.length >= MAX_DEPTH)
      throw new DeclError(`modules nest deeper than ${MAX_DEPTH}`, [], 'module-depth');
    const mod = source.decl;
    const level: Level = decl.level ?? mod.level ?? 'node';
    for (const v of loops(decl.repeat, scope.vars, [])) {
      guard([]);
      const name = textOf(decl.id, v, ['id']);
      const id = scope.prefix + name;
      const params: Record<string, number> = { ...(mod.params ?? {}) };
      for (const [p, value] of Object.entries(decl.params ?? {})) {
        if (!(p in params))
          throw new DeclError(
            `module "${decl.module}" has no parameter "${p}"`,
            ['params', p],
            'unknown-param',
            `parameters: ${Object.keys(params).join(', ') || 'none'}`,
          );
        params[p] = intOf(value, v, ['params', p]);
      }
      containers.push({ id, name, level, parent: scope.container, module: decl.module });
      origins.containers.push({ file: scope.file, path: at });
      // Boards group components without adding a level to their ids (node0/gpu3 whether or not on a baseboard).
      const prefix = level === 'board' ? scope.prefix : `${id}/`;
      body(mod, ['modules', decl.module], {
        prefix,
        container: id,
        vars: params,
        stack: [...scope.stack, decl.module],
        file: source.file,
      });
    }
  }

  function tryDecl(inFile: string, at: DeclPath, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      if (err instanceof StopInstantiation) throw err;
      if (!(err instanceof DeclError)) throw err;
      errors.push({
        file: inFile,
        at: [...at, ...err.at],
        code: err.code,
        message: err.message,
        hint: err.hint,
      });
      // Past the size limit nothing more is instantiated: stop, recorded once.
      if (err.code === 'design-too-large') throw new StopInstantiation();
    }
  }

  try {
    body(file, [], { prefix: '', container: null, vars: {}, stack: [], file: fileName });
    const port = (ref: PortRef): Port | undefined =>
      portIndex.get(ref.component)?.find((p) => p.name === ref.port);
    for (const { decl, prefix, vars, at, file: inFile } of pendingLinks) {
      const origin: DeclOrigin = { file: inFile, path: at };
      tryDecl(inFile, at, () => {
        for (const v of loops(decl.repeat, vars, [])) {
          guard([]);
          links.push(linkOf(decl, { prefix, vars: v, port }));
          origins.links.push(origin);
        }
      });
    }
  } catch (err) {
    if (!(err instanceof StopInstantiation)) throw err;
  }
  return {
    design: {
      formatVersion: 1,
      name: file.name,
      description: file.description ?? '',
      settings: settingsOf(file, fileName, errors),
      containers,
      components,
      links,
    },
    origins,
    errors,
  };
}

function settingsOf(file: DesignFile, fileName: string, errors: InstantiateError[]): Design['settings'] {
  const s = file.settings ?? {};
  const parse = (text: string | undefined, at: string, quantity: 'percent' | 'power'): number | null => {
    if (text === undefined) return null;
    const r = parseQuantity(text, quantity);
    if (r.ok) return r.value;
    errors.push({ file: fileName, at: ['settings', at], code: 'bad-unit', message: r.message, hint: r.hint });
    return null;
  };
  return {
    recommendedMarginPct:
      s.recommendedMarginPct ?? parse(s.recommendedMargin, 'recommendedMargin', 'percent'),
    cablePreference: s.cablePreference ?? 'power',
    rackPowerW: s.rackPowerW ?? parse(s.rackPower, 'rackPower', 'power'),
  };
}
