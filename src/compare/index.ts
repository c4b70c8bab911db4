/** Design comparison: one row of figures per design, from the layers that own them. */
export * from './types.js';
export * from './row.js';
