/** Generic parts per kind: what an importer maps a device to when no catalog part matches its PCI id. */
import type { Part } from '../../schema.js';

const why =
  'generic stand-in for an imported device whose PCI id matched no catalog part; no figures claimed';

/** A generic part: no figures (power and latency null), one port template per protocol a device of the kind uses. */
const generic = (id: string, kind: Part['kind'], name: string, ports: Part['ports']): Part => ({
  id,
  kind,
  vendor: 'generic',
  name,
  description: why,
  ports,
  powerW: null,
  latencyNs: null,
  notes:
    'Port lane counts are the widest the protocol defines (PCIe x16); an import sets each port from what the host reported.',
  ...(ports.length
    ? {
        estimates: {
          ports: 'widest link of the protocol assumed; the imported design carries the reported width',
        },
      }
    : {}),
});

// PCIe links are at most x16 (PCIe Base Specification: link widths x1, x2, x4, x8, x16).
const pcieX16 = (role: 'upstream' | 'downstream'): Part['ports'][number] => ({
  name: 'pcie',
  protocol: 'pcie',
  lanes: 16,
  role,
});

export const genericParts: Part[] = [
  generic('generic-gpu', 'accelerator', 'Unknown accelerator', [pcieX16('upstream')]),
  generic('generic-nic', 'nic', 'Unknown network adapter', [pcieX16('upstream')]),
  generic('generic-pcie-switch', 'pcie-switch', 'Unknown PCIe switch', []),
  generic('generic-nvme', 'nvme', 'Unknown NVMe drive', [pcieX16('upstream')]),
  generic('generic-cpu', 'cpu', 'Unknown CPU socket', []),
  // No component kind for "other PCIe function" exists yet; a slot is the nearest (the card in it is unknown).
  generic('generic-pcie-device', 'slot', 'Unknown PCIe device', [pcieX16('upstream')]),
  generic('generic-nvlink-switch', 'nvlink-switch', 'Unknown NVLink switch', []),
  generic('generic-cxl-memory', 'cxl-memory', 'Unknown CXL memory expander', [
    { ...pcieX16('upstream'), protocol: 'cxl', altProtocols: ['pcie'] },
  ]),
];
