/** `nvidia-smi topo -m`-style class matrix with CPU and NUMA affinity columns, and its legend. */
import type { Design } from '../model/index.js';
import type { PathMatrices } from '../perf/index.js';
import { deviceLabels, table } from './paths-labels.js';

const LEGEND = `Legend:

  X    = Self
  SYS  = Connection traversing PCIe as well as the SMP interconnect between NUMA nodes (e.g., QPI/UPI)
  NODE = Connection traversing PCIe as well as the interconnect between PCIe Host Bridges within a NUMA node
  PHB  = Connection traversing PCIe as well as a PCIe Host Bridge (typically the CPU)
  PXB  = Connection traversing multiple PCIe bridges (without traversing the PCIe Host Bridge)
  PIX  = Connection traversing at most a single PCIe bridge
  NV#  = Connection traversing a bonded set of # NVLinks
  NET  = Devices on different hosts, connected through the network
  DIS  = No path between the devices in the design (rackwire only)`;

/** Socket a device hangs off (from the matrices' host paths is not needed: the CPU with its NUMA node). */
export function renderClassMatrix(
  m: PathMatrices,
  design: Design,
  cpuOf: (id: string) => string | null,
): string {
  const labels = deviceLabels(m.devices);
  const numa = new Map(design.components.map((c) => [c.id, c.numaNode]));
  const head = ['', ...labels, 'CPU Affinity', 'NUMA Affinity'];
  const rows = m.devices.map((d, i) => [
    labels[i]!,
    ...m.class[i]!.map((c) => c ?? ''),
    cpuOf(d) ?? 'N/A',
    numa.get(d) === null || numa.get(d) === undefined ? 'N/A' : String(numa.get(d)),
  ]);
  const legend = labels.some((l, i) => l !== m.devices[i])
    ? '\n\nDevice Legend:\n\n' + m.devices.map((d, i) => `  ${labels[i]}: ${d}`).join('\n')
    : '';
  return `${table([head, ...rows])}\n\n${LEGEND}${legend}`;
}
