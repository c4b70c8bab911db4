/** Converts declarations of format v1 (ports, channel segments, links) into model objects. */
import type { Catalog, PortTemplate } from '../../catalog/index.js';
import { findPart } from '../../catalog/index.js';
import type { Link, Port, PortRef, Protocol, Segment } from '../../model/index.js';
import { evalExpr, isWholeExpr, substitute, type Vars } from './expr.js';
import { LIMITS, type LinkDecl, type PortDecl, type SegmentDecl } from './file-schema.js';
import { parseQuantity, QUANTITIES, type Quantity } from './units.js';

/** Raised for a declaration that cannot be instantiated; `at` is the path below the declaration. */
export class DeclError extends Error {
  constructor(
    message: string,
    readonly at: (string | number)[],
    readonly code = 'invalid-value',
    readonly hint: string | null = null,
  ) {
    super(message);
  }
}

/** An integer field written as a number or `{expr}`. */
export function intOf(value: number | string, vars: Vars, at: (string | number)[]): number {
  if (typeof value === 'number') return value;
  if (!isWholeExpr(value)) throw new DeclError(`"${value}" is not an integer or {expression}`, at);
  try {
    return evalExpr(value.trim().slice(1, -1), vars);
  } catch (err) {
    throw new DeclError((err as Error).message, at, 'bad-expression');
  }
}

export function textOf(value: string, vars: Vars, at: (string | number)[]): string {
  try {
    return substitute(value, vars);
  } catch (err) {
    throw new DeclError((err as Error).message, at, 'bad-expression');
  }
}

/** A dimensional value given either as `field: "250mm"` or as `fieldMm: 250`. */
export function quantityOf(
  withUnit: string | undefined,
  inBase: number | undefined,
  quantity: Quantity,
  names: [string, string],
  at: (string | number)[],
  max: number,
): number | undefined {
  if (withUnit !== undefined && inBase !== undefined)
    throw new DeclError(
      `give either ${names[0]} or ${names[1]}, not both`,
      [...at, names[0]],
      'conflicting-fields',
    );
  if (inBase !== undefined) return inBase;
  if (withUnit === undefined) return undefined;
  const parsed = parseQuantity(withUnit, quantity);
  if (!parsed.ok) throw new DeclError(parsed.message, [...at, names[0]], 'bad-unit', parsed.hint);
  if (parsed.value < 0)
    throw new DeclError(
      `${names[0]} must not be negative (got ${withUnit})`,
      [...at, names[0]],
      'out-of-range',
    );
  if (parsed.value > max)
    throw new DeclError(
      `${names[0]} ${withUnit} is beyond the sane limit of ${max} ${QUANTITIES[quantity].base.toLowerCase()}`,
      [...at, names[0]],
      'out-of-range',
      'check the unit',
    );
  return parsed.value;
}

function expandPorts(templates: readonly (PortTemplate | PortDecl)[], vars: Vars): Port[] {
  const ports: Port[] = [];
  templates.forEach((t, k) => {
    const count = t.count === undefined ? 1 : intOf(t.count, vars, ['ports', k, 'count']);
    for (let i = 0; i < count; i++) {
      const v = { ...vars, i };
      ports.push({
        name:
          t.count === undefined
            ? textOf(t.name, vars, ['ports', k, 'name'])
            : textOf(t.name, v, ['ports', k, 'name']),
        protocol: t.protocol,
        altProtocols: t.altProtocols ?? [],
        lanes: intOf(t.lanes, v, ['ports', k, 'lanes']),
        maxGen: t.maxGen ?? null,
        laneRateGbps: t.laneRateGbps ?? null,
        role: t.role,
        bifurcation: t.bifurcation ?? null,
        partition: t.partition === undefined ? null : textOf(t.partition, v, ['ports', k, 'partition']),
      });
    }
  });
  return ports;
}

/** The ports of a component: its own declaration, else its part's templates, else none (check reports the part). */
export function portsOf(
  partId: string,
  decl: readonly PortDecl[] | undefined,
  catalog: Catalog,
  vars: Vars,
): Port[] {
  if (decl) return expandPorts(decl, vars);
  const part = findPart(catalog, partId);
  return part ? expandPorts(part.ports, {}) : [];
}

/** `node0/gpu3.nvlink` → { component: prefix + 'node0/gpu3', port: 'nvlink' }. */
export function refOf(text: string, prefix: string, at: (string | number)[]): PortRef {
  const dot = text.lastIndexOf('.');
  if (dot <= 0 || dot === text.length - 1)
    throw new DeclError(
      `"${text}" is not COMPONENT.PORT`,
      at,
      'bad-port-ref',
      'write the component id, a dot and the port name, e.g. "cpu0.pcie2"',
    );
  return { component: prefix + text.slice(0, dot), port: text.slice(dot + 1) };
}

export function segmentOf(
  decl: SegmentDecl,
  ctx: { prefix: string; vars: Vars; from: string; to: string },
  at: (string | number)[],
): Segment {
  if (decl === 'add-in-card') return { type: 'add-in-card' };
  const id = (s: string, field: string) => ctx.prefix + textOf(s, ctx.vars, [...at, field]);
  if (decl.package !== undefined) {
    const c =
      decl.package === 'from' ? ctx.from : decl.package === 'to' ? ctx.to : id(decl.package, 'package');
    return { type: 'package', component: c };
  }
  if (decl.trace) {
    const lengthMm = quantityOf(
      decl.trace.length,
      decl.trace.lengthMm,
      'length',
      ['length', 'lengthMm'],
      [...at, 'trace'],
      LIMITS.traceMm,
    );
    if (lengthMm === undefined)
      throw new DeclError('trace needs a length', [...at, 'trace'], 'missing-field', 'add length: 250mm');
    return { type: 'trace', material: decl.trace.material, lengthMm };
  }
  if (decl.via !== undefined) return { type: 'via', count: decl.via };
  if (decl.connector !== undefined) return { type: 'connector', part: decl.connector };
  if (decl.cable) {
    const lengthMm = quantityOf(
      decl.cable.length,
      decl.cable.lengthMm,
      'length',
      ['length', 'lengthMm'],
      [...at, 'cable'],
      LIMITS.cableMm,
    );
    if (lengthMm === undefined)
      throw new DeclError('cable needs a length', [...at, 'cable'], 'missing-field', 'add length: 2m');
    return { type: 'cable', part: decl.cable.part, lengthMm };
  }
  if (decl.loss) {
    const lossDb = quantityOf(
      decl.loss.loss,
      decl.loss.lossDb,
      'loss',
      ['loss', 'lossDb'],
      [...at, 'loss'],
      LIMITS.lossDb,
    );
    if (lossDb === undefined)
      throw new DeclError('loss needs a value', [...at, 'loss'], 'missing-field', 'add loss: 2.5dB');
    return { type: 'loss', lossDb, note: decl.loss.note ?? '' };
  }
  const device = decl.device ?? decl.retimer;
  return { type: 'device', component: id(device ?? '', decl.device !== undefined ? 'device' : 'retimer') };
}

export interface PortLookup {
  (ref: PortRef): Port | undefined;
}

export function linkOf(decl: LinkDecl, ctx: { prefix: string; vars: Vars; port: PortLookup }): Link {
  const from = refOf(textOf(decl.from, ctx.vars, ['from']), ctx.prefix, ['from']);
  const to = refOf(textOf(decl.to, ctx.vars, ['to']), ctx.prefix, ['to']);
  const fp = ctx.port(from);
  const tp = ctx.port(to);
  const protocol: Protocol = decl.protocol ?? fp?.protocol ?? tp?.protocol ?? 'pcie';
  const width =
    decl.width !== undefined
      ? intOf(decl.width, ctx.vars, ['width'])
      : Math.min(fp?.lanes ?? Infinity, tp?.lanes ?? Infinity);
  const segCtx = { prefix: ctx.prefix, vars: ctx.vars, from: from.component, to: to.component };
  return {
    id:
      decl.id !== undefined
        ? ctx.prefix + textOf(decl.id, ctx.vars, ['id'])
        : `${from.component}.${from.port}~${to.component}.${to.port}`,
    from,
    to,
    protocol,
    width: Number.isFinite(width) ? width : 1,
    gen: decl.gen === undefined ? null : intOf(decl.gen, ctx.vars, ['gen']),
    laneRateGbps: decl.laneRateGbps ?? null,
    channel: (decl.channel ?? []).map((s, k) => segmentOf(s, segCtx, ['channel', k])),
    reported: decl.reported ?? null,
    capable: decl.capable ?? null,
  };
}
