/** The library's planner entry point: read an intent (file + flags), load the preset builtin, plan, write YAML. */
import { join } from 'node:path';
import {
  formatV1Yaml,
  loadDesign,
  loadSchemaFile,
  moduleDeclsOf,
  packageRoot,
  readTextFile,
} from '../io/index.js';
import { hasErrors, issueAtFile, type DraftIssue, type Issue } from '../model/index.js';
import {
  mergeIntent,
  planCluster,
  PlanIntentSchema,
  PRESET_FILES,
  presetName,
  type PlanIntent,
  type PlanResult,
  type PresetNode,
} from '../plan/index.js';

export interface PlanOutcome {
  plan: PlanResult | null;
  issues: Issue[];
}

/** Planner findings concern the intent as a whole: located at the intent file, if any. */
const located = (drafts: readonly DraftIssue[], file: string | null): Issue[] =>
  drafts.map((d) => issueAtFile(d, file));

/** A preset file's module declarations (as written), which the plan file carries since it cannot import them. */
function presetModules(path: string, file: string | undefined): { modules?: Record<string, unknown> } {
  if (!file) return {};
  const read = readTextFile(path);
  if ('issue' in read) return {};
  const modules = moduleDeclsOf(read.text);
  return modules ? { modules } : {};
}

/** Plans a cluster from an intent file (optional) and flags; never throws for bad input. */
export function planFromIntent(intentFile: string | null, flags: PlanIntent): PlanOutcome {
  let intent = flags;
  const issues: Issue[] = [];
  if (intentFile) {
    const read = loadSchemaFile(intentFile, PlanIntentSchema);
    issues.push(...read.issues);
    if (!read.data) return { plan: null, issues };
    intent = mergeIntent(read.data, flags);
  }
  const name = presetName(intent);
  const presets: Record<string, PresetNode> = {};
  const file = PRESET_FILES[name];
  const spec = file ? join(packageRoot(), file) : `builtin:${name}`;
  const loaded = loadDesign(spec);
  const catalog = loaded.catalog;
  issues.push(...loaded.issues);
  const root = loaded.design?.containers.find((c) => c.parent === null);
  if (!loaded.design || hasErrors(loaded.issues)) return { plan: null, issues };
  if (!root || (root.level !== 'node' && root.level !== 'rack') || !root.module)
    return {
      plan: null,
      issues: [
        ...issues,
        ...located(
          [
            {
              severity: 'error',
              code: 'plan-preset-not-node',
              message: `${spec} is not a single node or rack built from a module (its top level is ${root?.level ?? 'empty'})`,
              hint: 'presets are node builtins such as hgx-h100-8, mi300x-8, scorpio-gen6-16, ualink-8, or rack builtins such as gb200-nvl72',
            },
          ],
          intentFile,
        ),
      ],
    };
  presets[name] = { builtin: name, module: root.module, design: loaded.design, ...presetModules(spec, file) };
  const plan = planCluster(intent, catalog, presets);
  return { plan, issues: [...issues, ...located(plan.issues, intentFile)] };
}

/** The compact design file as YAML, with a header saying where it came from. */
export function planFileYaml(plan: PlanResult): string {
  const preset = plan.choice?.preset ?? '';
  const header = [
    `Planned by rackwire plan: ${plan.design?.description ?? ''}`,
    'Check it with: rackwire check <this file>',
    ...(PRESET_FILES[preset]
      ? [`The node modules are copied from ${PRESET_FILES[preset]} (rackwire's preset ${preset}).`]
      : []),
  ];
  return formatV1Yaml(plan.designFile ?? {}, header.join('\n'));
}
