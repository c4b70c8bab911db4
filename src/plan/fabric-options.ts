/**
 * What each fabric option means: the scale-out switch part and port speed, the scale-up builtin and the
 * accelerator port it needs. Part ids refer to catalog records, whose ports give every figure used.
 */
import type { Catalog, Part } from '../catalog/index.js';
import { kindTraits, type Protocol } from '../model/index.js';
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
  // Quantum-X800 Q3400: 144 × 800G XDR, 4 lanes of 200G (catalog ports).
  '800g-ib': { switchPart: 'nvidia-quantum-x800-q3400', protocol: 'infiniband', portGbps: 800 },
};

export interface ScaleUpChoice {
  /** The node replicated when no preset is given: a builtin, or a preset file of PRESET_FILES. */
  preset: string;
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
  nvlink: { preset: 'hgx-h100-8', canUse: needPort('nvlink', 'NVLink') },
  ualink: { preset: 'ualink-8', canUse: needPort('ualink', 'UALink') },
  ethernet: { preset: 'ethernet-scaleup-8', canUse: needPort('ethernet', 'scale-up Ethernet') },
  'pcie6-switch': {
    preset: 'scorpio-gen6-16',
    canUse: (a) =>
      portsOf(a, 'pcie').some((t) => (t.maxGen ?? 0) >= 6)
        ? null
        : `${a.id} (${a.name}) has no PCIe Gen6 host interface (highest: Gen${Math.max(0, ...portsOf(a, 'pcie').map((t) => t.maxGen ?? 0))})`,
  },
};

/**
 * Presets that are not builtins (the builtin list is fixed by issue #7): name → file relative to the package
 * root. The plan file copies their modules in instead of importing a builtin.
 */
export const PRESET_FILES: Record<string, string> = {
  'ethernet-scaleup-8': 'docs/examples/ethernet-scaleup-8.yaml',
};

/** Catalog NICs with a port of at least `portGbps` on `protocol` (named when a preset's NICs are slower). */
export const nicsAtSpeed = (catalog: Catalog, protocol: Protocol, portGbps: number): string[] =>
  catalog.parts
    .filter((p) => kindTraits(p.kind).isNetworkEndpoint)
    .filter((p) =>
      portsOf(p, protocol).some((t) => t.role === 'peer' && (t.laneRateGbps ?? 0) * t.lanes >= portGbps),
    )
    .map((p) => p.id);
