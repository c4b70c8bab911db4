/** Built-in parts, one file per family. */
import type { Part } from '../../schema.js';

export const parts: Part[] = [];
