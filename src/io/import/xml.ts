/**
 * Safe, tolerant XML reading for importers: elements, attributes and text only. No entity is ever expanded, a DTD
 * subset or entity declaration is refused, and a truncated or mis-nested file yields the elements read plus a warning.
 *
 * Why not fast-xml-parser (installed): on a 10 MB hwloc export it took 2.5 s to parse plus 1.3 s to validate
 * (Node 20, this machine), over the 2 s import target; this single-pass scanner reads the same file in well under 1 s.
 */
import { InputError, type DraftIssue } from '../../model/index.js';

export interface XmlNode {
  name: string;
  /** Attribute values as written: entity references such as `&amp;` are kept, never expanded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text, joined (hwloc keeps distance values as text). */
  text: string;
}

// An internal DTD subset (`<!DOCTYPE x [ ... ]>`) or any entity declaration can expand without bound
// ("billion laughs"); we refuse them outright. A DOCTYPE naming only an external DTD (hwloc writes
// `<!DOCTYPE topology SYSTEM "hwloc2.dtd">`) is harmless because nothing loads it; it is skipped.
const DTD_SUBSET = /<!DOCTYPE[^>[]*\[/i;
const ENTITY_DECL = /<!ENTITY/i;
/** Tags, comments, processing instructions, CDATA and DOCTYPE, in one pass. */
const TOKEN =
  /<(\/?)([A-Za-z_][\w:.-]*)([^<>]*)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
/**
 * Deepest element nesting read. Real files stay far below it (hwloc: machine, package, caches, core, PU, plus a PCI
 * chain of a few switch levels: under 30); deeper elements are dropped so that readers can recurse safely.
 */
export const MAX_XML_DEPTH = 256;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const lineAt = (text: string, index: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** True when text[from, to) is whitespace only (checked without slicing: most gaps are indentation). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** Parses XML text into element trees (comments and processing instructions dropped). */
export function parseXml(text: string): { roots: XmlNode[]; issues: DraftIssue[] } {
  if (DTD_SUBSET.test(text) || ENTITY_DECL.test(text)) {
    throw new InputError(
      'XML with a DTD subset or entity declarations is refused (entities are never expanded)',
      'xml-entities',
    );
  }
  const issues: DraftIssue[] = [];
  text = cutUnterminated(text, issues);
  const warn = (at: number, msg: string): void => {
    if (issues.length < 5)
      issues.push({
        severity: 'warning',
        code: 'xml-malformed',
        message: `malformed or truncated XML at line ${lineAt(text, at)}: ${msg}; importing what could be read`,
      });
  };
  const roots: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let last = 0;
  /** Open elements below MAX_XML_DEPTH, counted, not kept. */
  let hidden = 0;
  for (const m of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    // Only text that is not pure indentation is kept (hwloc distance values, "..." of excerpts).
    if (top && m.index > last + 1 && !blank(text, last, m.index)) top.text += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (!m[2]) continue;
    if (m[1] && hidden > 0) {
      hidden--;
      continue;
    }
    if (m[1]) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== m[2]) at--;
      if (at < 0) warn(m.index, `closing tag </${m[2]}> without an opening tag`);
      else {
        if (at !== stack.length - 1)
          warn(m.index, `<${stack[stack.length - 1]!.name}> not closed before </${m[2]}>`);
        stack.length = at;
      }
      continue;
    }
    if (stack.length >= MAX_XML_DEPTH) {
      if (hidden === 0) warn(m.index, `elements nested deeper than ${MAX_XML_DEPTH} levels ignored`);
      if (!m[3]!.endsWith('/')) hidden++;
      continue;
    }
    const body = m[3]!;
    const selfClosing = body.endsWith('/');
    const attrs: Record<string, string> = {};
    if (body.includes('=')) for (const a of body.matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
    (top ? top.children : roots).push(node);
    if (!selfClosing) stack.push(node);
  }
  const tail = text.slice(last);
  if (tail.includes('<')) warn(last + tail.indexOf('<'), 'an unfinished tag at the end');
  if (stack.length > 0)
    warn(text.length, `${stack.length} element(s) not closed (<${stack.map((n) => n.name).join('><')}>)`);
  return { roots, issues };
}

/**
 * Cuts the text at a comment, processing instruction or CDATA section that is never closed. Without this, each of
 * many unclosed openers would rescan to the end of the file (quadratic time on hostile input).
 */
function cutUnterminated(text: string, issues: DraftIssue[]): string {
  let out = text;
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<?', '?>'],
    ['<![CDATA[', ']]>'],
  ] as const) {
    const lastClose = out.lastIndexOf(close);
    const cut = out.indexOf(open, lastClose < 0 ? 0 : lastClose + close.length);
    if (cut >= 0) {
      out = out.slice(0, cut);
      issues.push({
        severity: 'warning',
        code: 'xml-malformed',
        message: `unterminated ${open} at the end of the file: the rest is ignored`,
      });
    }
  }
  return out;
}

/** All descendants (depth first, document order) named `name`. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
