/** Whole-design path findings as text: scale-up bandwidth, bisection, oversubscription, GPU↔NIC affinity. */
import type { DesignFindings } from '../perf/index.js';
import { fmt, table } from './paths-labels.js';

export function renderFindings(d: DesignFindings): string {
  const parts: string[] = [];
  if (d.scaleUp.length)
    parts.push(
      'Scale-up bandwidth per accelerator (GB/s per direction)\n' +
        table([
          ['device', 'links', 'raw', 'nccl'],
          ...d.scaleUp.map((r) => [r.device, String(r.links), fmt(r.rawGBps), fmt(r.ncclGBps)]),
        ]),
    );
  for (const b of d.bisection)
    parts.push(
      `Bisection of a ${b.devices.length}-accelerator scale-up domain (${b.cut}): raw ${fmt(b.rawGBps)}, nccl ${fmt(b.ncclGBps)} GB/s per direction`,
    );
  if (d.oversubscription.length)
    parts.push(
      'Switch oversubscription (downstream / upstream capacity)\n' +
        table([
          ['switch', 'down GB/s', 'up GB/s', 'ratio'],
          ...d.oversubscription.map((o) => [
            o.switch,
            fmt(o.downGBps, 1),
            fmt(o.upGBps, 1),
            `${o.ratio.toFixed(2)}:1`,
          ]),
        ]),
    );
  if (d.affinity.length)
    parts.push(
      'GPU to nearest NIC\n' +
        table([
          ['device', 'nic', 'class'],
          ...d.affinity.map((a) => [a.device, a.nic ?? 'N/A', a.class ?? 'N/A']),
        ]),
    );
  return parts.join('\n\n') || 'no accelerators, switches or NICs to report on';
}
