/** Counts of an imported design for `rackwire import --json`, read from kind traits (never from kind names). */
import { kindTraits, type Design } from '../../model/index.js';

export interface ImportSummary {
  gpus: number;
  nics: number;
  cpus: number;
  pcieSwitches: number;
  nvlinkBundles: number;
  retimers: number;
}

export function summarize(design: Design): ImportSummary {
  const count = (pred: (t: ReturnType<typeof kindTraits>) => boolean): number =>
    design.components.filter((c) => pred(kindTraits(c.kind))).length;
  // SR-IOV virtual functions count only when no physical function of the host is visible.
  const nics = design.components.filter((c) => kindTraits(c.kind).isNetworkEndpoint);
  const physical = nics.filter((c) => c.infos.virtualFunction !== 'true');
  return {
    gpus: count((t) => t.isAccelerator),
    nics: physical.length > 0 ? physical.length : nics.length,
    cpus: count((t) => t.pcieRole === 'root-complex'),
    pcieSwitches: count((t) => t.pcieRole === 'switch'),
    nvlinkBundles: design.links.filter((l) => l.protocol === 'nvlink').length,
    retimers: count((t) => t.bomCategory === 'retimers'),
  };
}
