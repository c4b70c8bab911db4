/** Duplicate ids among components, containers and links. */
import type { DraftIssue } from '../../model/index.js';
import type { Rule } from '../context.js';

function duplicates(ids: readonly string[], what: string, pathOf: (i: number) => string): DraftIssue[] {
  const first = new Map<string, number>();
  const out: DraftIssue[] = [];
  ids.forEach((id, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else
      out.push({
        severity: 'error',
        code: 'duplicate-id',
        message: `${what} id "${id}" is used twice`,
        modelPath: pathOf(i),
        hint: `ids must be unique; the first "${id}" is ${pathOf(at)}`,
      });
  });
  return out;
}

export const duplicateIds: Rule = ({ design }) => [
  ...duplicates(
    design.components.map((c) => c.id),
    'component',
    (i) => `components[${i}]`,
  ),
  ...duplicates(
    design.containers.map((c) => c.id),
    'container',
    (i) => `containers[${i}]`,
  ),
  ...duplicates(
    design.links.map((l) => l.id),
    'link',
    (i) => `links[${i}]`,
  ),
];
