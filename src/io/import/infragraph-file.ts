/** InfraGraph file shapes (Keysight/infragraph docs examples and schema) and tolerant YAML/JSON parsing. */
import { parse as parseYaml } from 'yaml';
import { InputError, type Design, type DraftIssue } from '../../model/index.js';

export interface IgComponent {
  name: string;
  count?: number;
  type?: string;
  description?: string;
}
export interface IgLink {
  name: string;
  description?: string;
}
export interface IgDevice {
  name: string;
  components?: IgComponent[];
  links?: IgLink[];
  connections?: string[];
}
export interface IgInstance {
  name: string;
  count?: number;
  device: string;
}
export interface IgFile {
  devices?: IgDevice[];
  instances?: IgInstance[];
  links?: IgLink[];
  connections?: string[];
  annotations?: { rackwire?: Design };
}

function parseDoc(text: string): IgFile {
  const doc = parseYaml(text, { maxAliasCount: 100 }) as ({ infrastructure?: IgFile } & IgFile) | null;
  return doc?.infrastructure ?? doc ?? {};
}

/** Parses YAML or JSON; a pasted excerpt with `...` lines (YAML's document end) is retried without them. */
export function parseFile(text: string, issues: DraftIssue[]): IgFile {
  try {
    return parseDoc(text);
  } catch (err) {
    const cut = text.replace(/^\s*\.\.\.\s*$/gm, '');
    if (cut !== text) {
      try {
        const doc = parseDoc(cut);
        issues.push({
          severity: 'warning',
          code: 'infragraph-excerpt',
          message: 'lines "..." (an excerpt\'s omissions) ignored: the file is incomplete',
        });
        return doc;
      } catch {
        // fall through to the first error, which names the original line
      }
    }
    throw new InputError(
      `unreadable InfraGraph YAML/JSON: ${(err as Error).message}`,
      'infragraph-unreadable',
    );
  }
}
