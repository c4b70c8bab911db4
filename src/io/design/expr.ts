/**
 * Index substitution in design files: `gpu{i}`, `p{i*8+j}`, `{i // 4}`. A tiny integer-arithmetic
 * evaluator (+ - * // % and parentheses over named integer variables); nothing else can be expressed,
 * so a file cannot run code. See docs/design/0002-format-v1.md for why this is hand-written.
 */

export type Vars = Readonly<Record<string, number>>;

export class ExprError extends Error {}

type Token = { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*)|(\/\/|[-+*%()]))/y;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) {
      const ch = src.slice(at).trim()[0];
      throw new ExprError(
        ch === '/'
          ? `"/" is not allowed in "${src}": use // for integer division`
          : `unexpected "${ch}" in "${src}"`,
      );
    }
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'id', v: m[2] });
    else out.push({ t: 'op', v: m[3]! });
    at = re.lastIndex;
  }
  return out;
}

type Compiled = (vars: Vars) => number;
const compiled = new Map<string, Compiled>();

/** Evaluates an integer expression over `vars` (each distinct expression is parsed once). */
export function evalExpr(src: string, vars: Vars): number {
  let fn = compiled.get(src);
  if (!fn) {
    fn = compile(src);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(src, fn);
  }
  return fn(vars);
}

/** Parses an expression into a closure over the variables. */
function compile(src: string): Compiled {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (v: string): boolean => peek()?.t === 'op' && peek()!.v === v;
  function primary(): Compiled {
    const tok = tokens[i++];
    if (!tok) throw new ExprError(`expression "${src}" ends early`);
    if (tok.t === 'num') {
      const n = tok.v;
      return () => n;
    }
    if (tok.t === 'id') {
      const name = tok.v;
      return (vars) => {
        const v = vars[name];
        if (v === undefined) {
          const known = Object.keys(vars);
          throw new ExprError(
            `unknown variable "${name}" in "${src}" (known: ${known.join(', ') || 'none'})`,
          );
        }
        return v;
      };
    }
    if (tok.v === '-') {
      const inner = primary();
      return (vars) => -inner(vars);
    }
    if (tok.v === '(') {
      const inner = sum();
      if (!isOp(')')) throw new ExprError(`missing ")" in "${src}"`);
      i++;
      return inner;
    }
    throw new ExprError(`unexpected "${tok.v}" in "${src}"`);
  }
  function product(): Compiled {
    let left = primary();
    while (isOp('*') || isOp('//') || isOp('%')) {
      const op = tokens[i++]!.v;
      const l = left;
      const r = primary();
      left = (vars) => {
        const a = l(vars);
        const b = r(vars);
        if (op === '*') return a * b;
        if (b === 0) throw new ExprError(`division by zero in "${src}"`);
        return op === '//' ? Math.floor(a / b) : ((a % b) + b) % b;
      };
    }
    return left;
  }
  function sum(): Compiled {
    let left = product();
    while (isOp('+') || isOp('-')) {
      const op = tokens[i++]!.v;
      const l = left;
      const r = product();
      left = op === '+' ? (vars) => l(vars) + r(vars) : (vars) => l(vars) - r(vars);
    }
    return left;
  }
  const fn = sum();
  if (i < tokens.length) throw new ExprError(`unexpected "${(tokens[i] as Token).v}" in "${src}"`);
  return fn;
}

const BRACES = /\{([^{}]*)\}/g;
const templates = new Map<string, (string | Compiled)[]>();

/** Splits `p{i*8+j}.x` into literal parts and compiled expressions, once per distinct template. */
function template(text: string): (string | Compiled)[] {
  let parts = templates.get(text);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of text.matchAll(BRACES)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const expr = m[1]!;
    parts.push((vars) => evalExpr(expr, vars));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  if (templates.size > 10_000) templates.clear();
  templates.set(text, parts);
  return parts;
}

/** Replaces every `{expr}` in `text` with its value. Text without braces is returned as it is. */
export function substitute(text: string, vars: Vars): string {
  if (!text.includes('{')) return text;
  let out = '';
  for (const part of template(text)) out += typeof part === 'string' ? part : String(part(vars));
  return out;
}

/** True when `text` is exactly one `{expr}` (so a number field may be written as an expression). */
export const isWholeExpr = (text: string): boolean => /^\{[^{}]*\}$/.test(text.trim());
