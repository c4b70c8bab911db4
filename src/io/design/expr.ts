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

/** Evaluates an integer expression over `vars`. */
export function evalExpr(src: string, vars: Vars): number {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (v: string): boolean => peek()?.t === 'op' && peek()!.v === v;
  function primary(): number {
    const tok = tokens[i++];
    if (!tok) throw new ExprError(`expression "${src}" ends early`);
    if (tok.t === 'num') return tok.v;
    if (tok.t === 'id') {
      const v = vars[tok.v];
      if (v === undefined) {
        const known = Object.keys(vars);
        throw new ExprError(`unknown variable "${tok.v}" in "${src}" (known: ${known.join(', ') || 'none'})`);
      }
      return v;
    }
    if (tok.v === '-') return -primary();
    if (tok.v === '(') {
      const v = sum();
      if (!isOp(')')) throw new ExprError(`missing ")" in "${src}"`);
      i++;
      return v;
    }
    throw new ExprError(`unexpected "${tok.v}" in "${src}"`);
  }
  function product(): number {
    let v = primary();
    while (isOp('*') || isOp('//') || isOp('%')) {
      const op = tokens[i++]!.v;
      const r = primary();
      if (op !== '*' && r === 0) throw new ExprError(`division by zero in "${src}"`);
      v = op === '*' ? v * r : op === '//' ? Math.floor(v / r) : ((v % r) + r) % r;
    }
    return v;
  }
  function sum(): number {
    let v = product();
    while (isOp('+') || isOp('-')) {
      const op = tokens[i++]!.v;
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }
  const v = sum();
  if (i < tokens.length) throw new ExprError(`unexpected "${(tokens[i] as Token).v}" in "${src}"`);
  return v;
}

const BRACES = /\{([^{}]*)\}/g;

/** Replaces every `{expr}` in `text` with its value. */
export const substitute = (text: string, vars: Vars): string =>
  text.replace(BRACES, (_, expr: string) => String(evalExpr(expr, vars)));

/** True when `text` is exactly one `{expr}` (so a number field may be written as an expression). */
export const isWholeExpr = (text: string): boolean => /^\{[^{}]*\}$/.test(text.trim());
