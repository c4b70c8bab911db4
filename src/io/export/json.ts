/** Design → JSON: the Design object as is (the model is plain serialisable data), two-space indented. */
import type { Design } from '../../model/index.js';

export const exportJson = (design: Design): string => JSON.stringify(design, null, 2) + '\n';
