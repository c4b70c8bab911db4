/** Resolves an intent into the preset, scale-out switch and sizes, or the issues that say why not. */
import { findGuidance, findPart, partsOfKind, type Catalog, type Part } from '../catalog/index.js';
import { kindTraits, type DraftIssue } from '../model/index.js';
import { parseRatio } from './clos.js';
import { SCALE_OUT, SCALE_UP, type ScaleOutChoice } from './fabric-options.js';
import { defaultScaleOut, usableScaleOuts } from './default-scale-out.js';
import type { PlanIntent, PresetNode, ScaleOut, ScaleUp, Topology } from './types.js';

export interface Resolved {
  preset: PresetNode;
  scaleOut: ScaleOutChoice & { switchPart: string; name: ScaleOut };
  switchPart: Part;
  topology: Topology;
  ratio: { down: number; up: number };
  rackPowerW: number;
}

const err = (code: string, message: string, hint?: string): DraftIssue => ({
  severity: 'error',
  code,
  message,
  ...(hint ? { hint } : {}),
});

/** The preset the intent asks for: its own, else the scale-up option's (NVLink: hgx-h100-8). */
export const presetName = (intent: PlanIntent): string =>
  intent.preset ?? SCALE_UP[intent.scaleUp ?? 'nvlink'].preset;

/** Catalog accelerators that could use a scale-up fabric (named when a preset cannot use it). */
const candidates = (catalog: Catalog, scaleUp: ScaleUp): string[] =>
  partsOfKind(catalog, 'accelerator')
    .filter((p) => SCALE_UP[scaleUp].canUse(p) === null)
    .map((p) => p.id);

export function resolve(
  intent: PlanIntent,
  catalog: Catalog,
  presets: Record<string, PresetNode>,
): { resolved: Resolved | null; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const name = presetName(intent);
  const scaleUp = intent.scaleUp;
  const preset = presets[name];
  if (!preset)
    return { resolved: null, issues: [err('plan-preset-unknown', `preset "${name}" was not loaded`)] };
  const accel = preset.design.components.find((c) => kindTraits(c.kind).isAccelerator);
  const accelPart = accel ? findPart(catalog, accel.part) : undefined;
  if (scaleUp && accelPart) {
    const why = SCALE_UP[scaleUp].canUse(accelPart);
    if (why)
      issues.push(
        err(
          'plan-scale-up-unsupported',
          `preset ${name} cannot use ${scaleUp} scale-up: ${why}`,
          `preset for ${scaleUp}: ${SCALE_UP[scaleUp].preset}; accelerators that can: ${candidates(catalog, scaleUp).join(', ') || 'none'}`,
        ),
      );
  }
  const picked = intent.scaleOut ? null : defaultScaleOut(preset.design);
  const scaleOutName: ScaleOut = intent.scaleOut ?? picked?.option ?? '400g-ib';
  if (picked)
    issues.push({
      severity: 'info',
      code: 'plan-scale-out-default',
      message: `scale-out ${scaleOutName}: ${picked.why}`,
      hint: `set --scale-out (${preset.builtin} can use: ${usableScaleOuts(preset.design).join(', ')})`,
    });
  const out = SCALE_OUT[scaleOutName];
  const switchPart = out.switchPart ? findPart(catalog, out.switchPart) : undefined;
  if (!out.switchPart || !switchPart)
    issues.push(err('plan-no-switch', out.missing ?? `switch part ${out.switchPart} is not in the catalog`));
  const ratio = parseRatio(intent.oversubscription ?? '1:1');
  if (!ratio) issues.push(err('plan-bad-ratio', `oversubscription "${intent.oversubscription}" is not d:u`));
  const rackPowerW =
    intent.rackPowerKw !== undefined
      ? intent.rackPowerKw * 1000
      : (preset.design.settings.rackPowerW ?? findGuidance(catalog, 'plan-rack-power-default-w') ?? 0);
  if (intent.rackPowerKw === undefined && preset.design.settings.rackPowerW === null)
    issues.push({
      severity: 'info',
      code: 'plan-rack-power-default',
      message: `no rack power limit given: ${rackPowerW} W assumed (catalog guidance plan-rack-power-default-w, an estimate)`,
      hint: 'set --rack-power-kw',
    });
  if (issues.some((i) => i.severity === 'error') || !switchPart || !ratio) return { resolved: null, issues };
  return {
    resolved: {
      preset,
      scaleOut: { ...out, switchPart: switchPart.id, name: scaleOutName },
      switchPart,
      topology: intent.topology ?? 'rail-optimized',
      ratio,
      rackPowerW,
    },
    issues,
  };
}
