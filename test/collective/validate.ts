/**
 * `npm run validate`: recompute the leave-one-file-out collective validation over every public measurement
 * (test/fixtures, cases.ts) and write its tables into docs/validation.md (between the generated markers).
 */
import { measuredCases } from './cases.js';
import { leaveOneFileOut, supportingCase, validatedCase } from './validation.js';
import { readDoc, renderCollectives, withBlock, writeDoc, DOC_PATH } from './validation-doc.js';

const all = measuredCases();
const block = renderCollectives(
  all,
  leaveOneFileOut(all, validatedCase),
  leaveOneFileOut(all, supportingCase),
);
writeDoc(withBlock(readDoc(), block));
process.stdout.write(`${DOC_PATH}: collectives validation written\n${block}\n`);
