import { describe, expect, it } from 'vitest';
import { evalExpr, ExprError, isWholeExpr, substitute } from './expr.js';

describe('index expressions', () => {
  it('evaluates integer arithmetic with precedence', () => {
    expect(evalExpr('g*5+l', { g: 3, l: 4 })).toBe(19);
    expect(evalExpr('(k % 2) * 2 + v', { k: 3, v: 1 })).toBe(3);
    expect(evalExpr('i // 4', { i: 7 })).toBe(1);
    expect(evalExpr('-3 // 2', {})).toBe(-2); // floor division, as Python's //
    expect(evalExpr('-1 % 4', {})).toBe(3); // modulo is never negative
  });
  it('rejects what it cannot evaluate, naming the problem', () => {
    expect(() => evalExpr('i/2', { i: 1 })).toThrow(/use \/\/ for integer division/);
    expect(() => evalExpr('j', { i: 1 })).toThrow(/unknown variable "j".*known: i/);
    expect(() => evalExpr('i // 0', { i: 1 })).toThrow(ExprError);
    expect(() => evalExpr('(i', { i: 1 })).toThrow(/missing "\)"/);
    expect(() => evalExpr('process.exit()', {})).toThrow(ExprError);
  });
  it('substitutes every {expr} in a string', () => {
    expect(substitute('node{n}/nic{i}.p0', { n: 2, i: 7 })).toBe('node2/nic7.p0');
    expect(substitute('leaf0.p{n*8+i}', { n: 2, i: 7 })).toBe('leaf0.p23');
    expect(isWholeExpr('{i // 4}')).toBe(true);
    expect(isWholeExpr('gpu{i}')).toBe(false);
  });
});
