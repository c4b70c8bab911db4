/** Counts of an imported design for `rackwire import --json`, read from kind traits (never from kind names). */
import { kindTraits, type Design } from '../../model/index.js';

export interface ImportSummary {
  gpus: number;
  nics: number;
  cpus: number;
  pcieSwitches: number;
  nvlinkBundles: number;
  retimers: number;
  /** Management / host network ports (1-10 GbE) found, counted apart from `nics`; present only when there are any. */
  managementNics?: number;
}

export function summarize(design: Design): ImportSummary {
  const count = (pred: (t: ReturnType<typeof kindTraits>) => boolean): number =>
    design.components.filter((c) => pred(kindTraits(c.kind))).length;
  // NICs as users count them: network functions (one per port), without management ports (infos.management,
  // reported apart); SR-IOV virtual functions count only when no physical function of the host is visible.
  const all = design.components.filter((c) => kindTraits(c.kind).isNetworkEndpoint);
  const management = all.filter(
    (c) => c.infos.management !== undefined && c.infos.virtualFunction !== 'true',
  );
  const nics = all.filter((c) => c.infos.management === undefined);
  const physical = nics.filter((c) => c.infos.virtualFunction !== 'true');
  return {
    gpus: count((t) => t.isAccelerator),
    nics: physical.length > 0 ? physical.length : nics.length,
    cpus: count((t) => t.pcieRole === 'root-complex'),
    pcieSwitches: count((t) => t.pcieRole === 'switch'),
    nvlinkBundles: design.links.filter((l) => l.protocol === 'nvlink').length,
    retimers: count((t) => t.bomCategory === 'retimers'),
    ...(management.length > 0 ? { managementNics: management.length } : {}),
  };
}
