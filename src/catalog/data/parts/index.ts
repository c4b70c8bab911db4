/** Built-in parts, one file per family. */
import type { Part } from '../../schema.js';
import { accelerators } from './accelerators.js';
import { cableModules } from './cable-modules.js';
import { cpus } from './cpus.js';
import { fabricSwitches } from './fabric-switches.js';
import { genericParts } from './generic.js';
import { memoryAndStorage } from './memory-storage.js';
import { nics } from './nics.js';
import { pcieSwitches } from './pcie-switches.js';
import { channelDevices } from './retimers.js';

export const parts: Part[] = [
  ...accelerators,
  ...cpus,
  ...nics,
  ...pcieSwitches,
  ...channelDevices,
  ...memoryAndStorage,
  ...cableModules,
  ...fabricSwitches,
  ...genericParts,
];
