/**
 * Guidance for the cluster planner (src/plan): rack geometry, floor plan, cable slack, default rack power and
 * node/switch heights. Figures without a public source are flagged `estimates` with the reason.
 */
import type { CatalogFile, Guidance } from '../schema.js';

const EIA310 = 'EIA-310-E rack standard: 1 rack unit (U) = 1.75 in = 44.45 mm';
const floorEstimate = 'floor-plan convention, no single public source; override in a user catalog';

const g = (
  id: string,
  name: string,
  value: number,
  unit: string,
  sourcing: Pick<Guidance, 'source' | 'estimates' | 'notes'>,
): Guidance => ({ id, name, value, unit, ...sourcing });

const guidance: Guidance[] = [
  g('plan-rack-unit-mm', 'Height of one rack unit', 44.45, 'mm', { source: EIA310 }),
  g('plan-rack-units', 'Usable height of a full-height rack', 42, 'U', {
    estimates: { value: 'the common full-height cabinet; EIA-310 fixes the unit, not the rack height' },
  }),
  g('plan-rack-reserved-units', 'Rack units kept for PDUs, management switch and cable managers', 4, 'U', {
    estimates: { value: floorEstimate },
  }),
  g('plan-rack-width-mm', 'Rack pitch along a row (cabinet width)', 600, 'mm', {
    estimates: { value: 'the common 600 mm wide 19-inch cabinet; EIA-310 fixes only the rail width' },
  }),
  g('plan-row-pitch-mm', 'Distance between rack rows (cabinet depth plus aisle)', 2400, 'mm', {
    estimates: { value: '1200 mm deep cabinet + 1200 mm aisle assumed; ' + floorEstimate },
  }),
  g('plan-racks-per-row', 'Compute racks per row (network racks sit at the row end)', 16, 'racks', {
    estimates: { value: floorEstimate },
  }),
  g('plan-tray-rise-mm', 'Rise from a rack top to the overhead cable tray', 300, 'mm', {
    estimates: { value: floorEstimate },
  }),
  g('plan-cable-slack-mm', 'Slack per cable (service loop, bend radius at both ends)', 500, 'mm', {
    estimates: { value: floorEstimate },
  }),
  g('plan-cable-length-step-mm', 'Cable lengths are rounded up to this step (catalog lengths)', 500, 'mm', {
    estimates: { value: 'DAC/AEC/AOC catalogues list 0.5 m steps; assumed for every medium' },
  }),
  g('plan-rack-power-default-w', 'Rack power limit when the intent names none', 40_000, 'W', {
    estimates: { value: 'a high-density air-cooled AI rack budget assumed; set --rack-power-kw' },
  }),
  g('plan-node-height-ru-default', 'Height of a node whose preset has no height record', 8, 'U', {
    estimates: { value: 'an 8-GPU baseboard server assumed (DGX H100 class)' },
  }),
  g('plan-node-height-ru-hgx-h100-8', 'Height of a DGX-H100-class server', 8, 'U', {
    source: 'NVIDIA DGX H100 datasheet / user guide (system: 8U)',
  }),
  g('plan-node-height-ru-hgx-h200-8', 'Height of a DGX-H200-class server', 8, 'U', {
    source: 'NVIDIA DGX H200 datasheet (system: 8U)',
  }),
  g('plan-node-height-ru-hgx-a100-8', 'Height of a DGX-A100-class server', 6, 'U', {
    source: 'NVIDIA DGX A100 datasheet (system: 6U)',
  }),
  g('plan-node-height-ru-hgx-b200-8', 'Height of a DGX-B200-class server', 10, 'U', {
    source: 'NVIDIA DGX B200 datasheet (system: 10U)',
  }),
  // A rack-scale preset's node height is one compute tray's: the trays stack in the rack the preset describes.
  g('plan-node-height-ru-gb200-nvl72', 'Height of one GB200 NVL72 compute tray', 1, 'U', {
    source:
      'NVIDIA GB200 NVL72 rack: 18 1U compute trays and 9 1U NVLink switch trays (setloop.io/blog/gb200-nvl72-architecture; shared/reference/standards-data.md §5.4)',
  }),
  g('plan-switch-height-ru-default', 'Height of a network switch with no height record', 2, 'U', {
    estimates: { value: '51.2T 64 x 800G OSFP switches are commonly 2U; assumed for every switch' },
  }),
  g('plan-switch-height-ru-nvidia-quantum2-qm9700', 'Height of a Quantum-2 QM9700 switch', 1, 'U', {
    source: 'NVIDIA QM9700/QM9790 1U NDR 400Gb/s InfiniBand switch systems user manual (1U)',
  }),
];

export const rackGeometryCatalog: CatalogFile = { catalogVersion: 1, guidance };
