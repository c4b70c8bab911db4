/** Code metrics of src/ read with the TypeScript parser: the import graph and its cycles, and function lengths. Run `npx tsx test/support/code-metrics.ts` for a summary (the before/after figures of issue 11 were measured with it, and with `duplicates --seconds 60 --most 200` for repeated code). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every non-test TypeScript file under `root` (with `withTests`, the `.test.ts` files too), as paths relative to the working folder. */
export function sourceFiles(root = 'src', withTests = false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, withTests));
    else if (name.endsWith('.ts') && (withTests || !name.endsWith('.test.ts'))) out.push(path);
  }
  return out;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** The files each file imports (type-only imports included: they are edges too), resolved from `.js` specifiers. */
export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const st of parse(file).statements) {
      const spec =
        (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
        st.moduleSpecifier &&
        ts.isStringLiteral(st.moduleSpecifier)
          ? st.moduleSpecifier.text
          : undefined;
      if (!spec?.startsWith('.')) continue;
      const base = relative(process.cwd(), resolve(dirname(file), spec)).replace(/\.js$/, '');
      const target = [`${base}.ts`, join(base, 'index.ts')].find((t) => known.has(t));
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The strongly connected components with more than one file (Tarjan): each is a set of files that import each other in a cycle. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** One function-like node: where it is, its name and its length in lines. */
export interface FunctionLength {
  file: string;
  line: number;
  name: string;
  lines: number;
}

/** The length of every named function, method and function-valued const in `files`, longest first. */
export function functionLengths(files: string[]): FunctionLength[] {
  const out: FunctionLength[] = [];
  for (const file of files) {
    const sf = parse(file);
    const walk = (node: ts.Node, name: string | undefined): void => {
      if (
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node)
      ) {
        const label = node.name && ts.isIdentifier(node.name) ? node.name.text : name;
        if (label) {
          const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          out.push({ file, line: start + 1, name: label, lines: end - start + 1 });
        }
      }
      const childName =
        ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : undefined;
      ts.forEachChild(node, (child) => walk(child, childName));
    };
    walk(sf, undefined);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1]?.endsWith('code-metrics.ts')) {
  const files = sourceFiles();
  const cycles = importCycles(importGraph(files));
  const fns = functionLengths(files);
  const lines = files.map((f) => readFileSync(f, 'utf8').split('\n').length).sort((a, b) => a - b);
  console.log(
    `source files (src, no tests): ${files.length}; median ${lines[Math.floor(lines.length / 2)]} lines`,
  );
  const all = sourceFiles('src', true).length;
  console.log(`files under src (tests included): ${all}`);
  console.log(`import cycles: ${cycles.length}`);
  for (const c of cycles) console.log(`  ${c.join(' <-> ')}`);
  console.log(`functions over 80 lines: ${fns.filter((f) => f.lines > 80).length}`);
  console.log(`functions over 60 lines: ${fns.filter((f) => f.lines > 60).length}`);
  for (const f of fns.slice(0, 10)) console.log(`  ${f.lines} ${f.name} ${f.file}:${f.line}`);
}
