/** Test helper: a builtin preset node as the api would load it. */
import { loadDesign } from '../../src/io/index.js';
import type { PresetNode } from '../../src/plan/index.js';

export function loadPreset(builtin: string): {
  presets: Record<string, PresetNode>;
  catalog: ReturnType<typeof loadDesign>['catalog'];
} {
  const loaded = loadDesign(`builtin:${builtin}`);
  const root = loaded.design!.containers.find((c) => c.parent === null)!;
  return {
    presets: { [builtin]: { builtin, module: root.module!, design: loaded.design! } },
    catalog: loaded.catalog,
  };
}
