/**
 * What each fabric option means: the scale-out switch part and port speed, the scale-up builtin and the
 * accelerator port it needs. Part ids refer to catalog records, whose ports give every figure used.
 */
import type { Part } from '../catalog/index.js';
import type { Protocol } from '../model/index.js';
import type { ScaleOut, ScaleUp } from './types.js';

export interface ScaleOutChoice {
  /** Catalog switch part; null where the catalog has no such switch (the reason is `missing`). */
  switchPart: string | null;
  protocol: Protocol;
  /** Port speed of one NIC-facing switch port (Gb/s): 400G = 4 × 100G lanes, 800G = 8 × 100G. */
  portGbps: number;
  missing?: string;
}

export const SCALE_OUT: Record<ScaleOut, ScaleOutChoice> = {
  // QM9700: 64 × 400G NDR (catalog ports).
  '400g-ib': { switchPart: 'nvidia-quantum2-qm9700', protocol: 'infiniband', portGbps: 400 },
  // Tomahawk 5: 512 × 100G SerDes as 128 × 400G by breakout (catalog notes).
  '400g-roce': { switchPart: 'broadcom-tomahawk5', protocol: 'ethernet', portGbps: 400 },
  '800g-roce': { switchPart: 'broadcom-tomahawk5', protocol: 'ethernet', portGbps: 800 },
  '800g-ib': {
    switchPart: null,
    protocol: 'infiniband',
    portGbps: 800,
    missing:
      'the catalog has no 800G (XDR) InfiniBand switch; add a Quantum-X800-class part in a user catalog, or use 800g-roce',
  },
};

export interface ScaleUpChoice {
  /** The builtin design whose node is replicated when no preset is given. */
  builtin: string | null;
  /** Whether an accelerator part can use this fabric, and if not, why. */
  canUse: (accelerator: Part) => string | null;
}

const portsOf = (p: Part, protocol: Protocol) =>
  p.ports.filter((t) => t.protocol === protocol || (t.altProtocols ?? []).includes(protocol));

const needPort = (protocol: Protocol, label: string) => (a: Part) =>
  portsOf(a, protocol).some((t) => t.role === 'peer')
    ? null
    : `${a.id} (${a.name}) has no ${label} ports: its ports are ${a.ports.map((t) => `${t.name} ${t.protocol}`).join(', ')}`;

export const SCALE_UP: Record<ScaleUp, ScaleUpChoice> = {
  nvlink: { builtin: 'hgx-h100-8', canUse: needPort('nvlink', 'NVLink') },
  ualink: { builtin: 'ualink-8', canUse: needPort('ualink', 'UALink') },
  ethernet: { builtin: null, canUse: needPort('ethernet', 'scale-up Ethernet') },
  'pcie6-switch': {
    builtin: 'scorpio-gen6-16',
    canUse: (a) =>
      portsOf(a, 'pcie').some((t) => (t.maxGen ?? 0) >= 6)
        ? null
        : `${a.id} (${a.name}) has no PCIe Gen6 host interface (highest: Gen${Math.max(0, ...portsOf(a, 'pcie').map((t) => t.maxGen ?? 0))})`,
  },
};
