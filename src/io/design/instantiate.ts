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
  const run = new Instantiation(modules, catalog);
  try {
    run.body(file, [], { prefix: '', container: null, vars: {}, stack: [], file: fileName });
    run.resolveLinks();
  } catch (err) {
    if (!(err instanceof StopInstantiation)) throw err;
  }
  return {
    design: {
      formatVersion: 1,
      name: file.name,
      description: file.description ?? '',
      settings: settingsOf(file, fileName, run.errors),
      containers: run.containers,
      components: run.components,
      links: run.links,
    },
    origins: run.origins,
    errors: run.errors,
  };
}

/** A link declaration waiting for every component to exist (links may name ports declared later). */
interface PendingLink {
  decl: LinkDecl;
  prefix: string;
  vars: Vars;
  at: DeclPath;
  file: string;
}

/** The objects one instantiation has made so far, and the steps that make them. */
class Instantiation {
  readonly components: Component[] = [];
  readonly links: Link[] = [];
  readonly containers: Container[] = [];
  readonly origins: Origins = { components: [], links: [], containers: [] };
  readonly errors: InstantiateError[] = [];
  private readonly portIndex = new Map<string, Port[]>();
  private readonly pendingLinks: PendingLink[] = [];
  private readonly kindOfPart: Map<string, Component['kind']>;
  private objects = 0;

  constructor(
    private readonly modules: ReadonlyMap<string, ModuleSource>,
    private readonly catalog: Catalog,
  ) {
    this.kindOfPart = new Map(catalog.parts.map((p) => [p.id, p.kind]));
  }

  private guard(at: DeclPath): void {
    if (++this.objects > MAX_OBJECTS)
      throw new DeclError(
        `design expands to more than ${MAX_OBJECTS} objects`,
        at,
        'design-too-large',
        'check repeat counts',
      );
  }

  /** The components, instances and (pending) links of a file or module body. */
  body(b: Body, at: DeclPath, scope: Scope): void {
    (b.components ?? []).forEach((decl, k) => {
      const dAt = [...at, 'components', k];
      this.tryDecl(scope.file, dAt, () => this.component(decl, { file: scope.file, path: dAt }, scope));
    });
    (b.instances ?? []).forEach((decl, k) => {
      const iAt = [...at, 'instances', k];
      this.tryDecl(scope.file, iAt, () => this.instance(decl, iAt, scope));
    });
    (b.links ?? []).forEach((decl, k) =>
      this.pendingLinks.push({
        decl,
        prefix: scope.prefix,
        vars: scope.vars,
        at: [...at, 'links', k],
        file: scope.file,
      }),
    );
  }

  /** Every copy of one component declaration. */
  private component(decl: ComponentDecl, origin: DeclOrigin, scope: Scope): void {
    for (const v of loops(decl.repeat, scope.vars, [])) {
      this.guard([]);
      const name = textOf(decl.id, v, ['id']);
      const id = scope.prefix + name;
      const part = decl.part;
      const ports = portsOf(part, decl.ports, this.catalog, v);
      const component: Component = {
        id,
        name,
        // An unknown part keeps a placeholder kind; the check reports the part, and no analysis runs.
        kind: this.kindOfPart.get(part) ?? 'slot',
        part,
        container: scope.container,
        ports,
        pciBusId: decl.pciBusId === undefined ? null : textOf(decl.pciBusId, v, ['pciBusId']),
        numaNode: decl.numaNode === undefined ? null : intOf(decl.numaNode, v, ['numaNode']),
        infos: decl.infos ?? {},
      };
      this.portIndex.set(id, ports);
      this.components.push(component);
      this.origins.components.push(origin);
    }
  }

  /** The module an instance names, refused if unknown, recursive or nested too deep. */
  private moduleOf(decl: InstanceDecl, scope: Scope): ModuleSource {
    const source = this.modules.get(decl.module);
    if (!source) {
      const known = [...this.modules.keys()];
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
    return source;
  }

  /** Instantiates a module; `at` locates the instance declaration (errors thrown here are relative to it). */
  private instance(decl: InstanceDecl, at: DeclPath, scope: Scope): void {
    const source = this.moduleOf(decl, scope);
    const mod = source.decl;
    const level: Level = decl.level ?? mod.level ?? 'node';
    for (const v of loops(decl.repeat, scope.vars, [])) {
      this.guard([]);
      const name = textOf(decl.id, v, ['id']);
      const id = scope.prefix + name;
      const params = paramsOf(decl, mod, v);
      this.containers.push({ id, name, level, parent: scope.container, module: decl.module });
      this.origins.containers.push({ file: scope.file, path: at });
      // Boards group components without adding a level to their ids (node0/gpu3 whether or not on a baseboard).
      const prefix = level === 'board' ? scope.prefix : `${id}/`;
      this.body(mod, ['modules', decl.module], {
        prefix,
        container: id,
        vars: params,
        stack: [...scope.stack, decl.module],
        file: source.file,
      });
    }
  }

  /** The links, once every component and its ports exist. */
  resolveLinks(): void {
    const port = (ref: PortRef): Port | undefined =>
      this.portIndex.get(ref.component)?.find((p) => p.name === ref.port);
    for (const { decl, prefix, vars, at, file } of this.pendingLinks) {
      const origin: DeclOrigin = { file, path: at };
      this.tryDecl(file, at, () => {
        for (const v of loops(decl.repeat, vars, [])) {
          this.guard([]);
          this.links.push(linkOf(decl, { prefix, vars: v, port }));
          this.origins.links.push(origin);
        }
      });
    }
  }

  /** Runs one declaration; its DeclError becomes a located error and the next declaration goes on. */
  private tryDecl(inFile: string, at: DeclPath, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      if (err instanceof StopInstantiation) throw err;
      if (!(err instanceof DeclError)) throw err;
      this.errors.push({
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
}

/** A module's parameters: its defaults, overridden by the instance's (each must be a declared parameter). */
function paramsOf(decl: InstanceDecl, mod: ModuleDecl, v: Vars): Record<string, number> {
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
  return params;
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
