import { describe, expect, it } from 'vitest';
import { foldRepeated, issueAtFile, type DraftIssue } from './issue.js';

const note = (link: string, std: string): DraftIssue => ({
  severity: 'info',
  code: 'perf-standard-assumed',
  message: `link ${link}: upi generation not stated; assumed ${std}`,
});

describe('issues', () => {
  it('folds alike issues into the first one with a count, keeping distinct ones and the order', () => {
    const other: DraftIssue = { severity: 'warning', code: 'x', message: 'kept' };
    const folded = foldRepeated(
      [note('a', 'upi2'), other, note('b', 'upi2'), note('c', 'upi1'), note('d', 'upi2')],
      (d) => (d.code === 'perf-standard-assumed' ? d.message.replace(/^link \S+: /, '') : null),
    );
    expect(folded.map((d) => d.message)).toEqual([
      'link a: upi generation not stated; assumed upi2 (and 2 more)',
      'kept',
      'link c: upi generation not stated; assumed upi1',
    ]);
  });
  it('locates an issue at a file with null line and column', () => {
    expect(issueAtFile({ severity: 'error', code: 'c', message: 'm' }, 'f.yaml')).toEqual({
      severity: 'error',
      code: 'c',
      message: 'm',
      path: null,
      file: 'f.yaml',
      line: null,
      column: null,
      hint: null,
    });
  });
});
