/** The simulation kernel: clock, event queue, seeded RNG. */
export { createKernel, type Kernel } from './kernel.js';
export { createRng, type Rng } from './rng.js';
