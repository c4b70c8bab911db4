/** Which devices the matrices cover, in nvidia-smi order: accelerators, then NICs, each in design order. */
import { kindTraits, type Design } from '../model/index.js';

export type DeviceClass = 'gpu' | 'nic';

export function selectDevices(design: Design, classes: readonly DeviceClass[] = ['gpu', 'nic']): string[] {
  const gpus = classes.includes('gpu')
    ? design.components.filter((c) => kindTraits(c.kind).isAccelerator)
    : [];
  const nics = classes.includes('nic')
    ? design.components.filter((c) => kindTraits(c.kind).isNetworkEndpoint)
    : [];
  return [...gpus, ...nics].map((c) => c.id);
}
