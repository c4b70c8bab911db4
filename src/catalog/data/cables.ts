/** Cables with reach by lane rate, power per end and whether a DSP in the plug resets the channel. */
import type { Cable } from '../schema.js';
import { activeCopper, dacs } from './cables-copper.js';
import { optics, pcieCables } from './cables-pcie-optical.js';

export const cables: Cable[] = [...dacs, ...activeCopper, ...pcieCables, ...optics];
