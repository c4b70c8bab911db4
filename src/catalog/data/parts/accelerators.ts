/** Accelerators (GPUs and other XPUs): host interface, scale-up ports, memory and power. */
import type { Part } from '../../schema.js';
import { nvidiaAccelerators } from './accelerators-nvidia.js';
import { otherAccelerators } from './accelerators-other.js';

export const accelerators: Part[] = [...nvidiaAccelerators, ...otherAccelerators];
