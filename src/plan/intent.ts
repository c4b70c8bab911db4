/** The intent file schema (`rackwire plan INTENT.yaml`): the same fields as the command's flags. */
import { z } from 'zod';
import { SCALE_OUT_OPTIONS, SCALE_UP_OPTIONS, TOPOLOGIES, type PlanIntent } from './types.js';

/** Sanity bound on nodes: a million-node cluster is beyond what the design format expands (4 M objects). */
const MAX_NODES = 1_000_000;

export const PlanIntentSchema = z.strictObject({
  name: z.string().min(1).optional(),
  preset: z.string().min(1).optional().describe('builtin design whose node is replicated (e.g. hgx-h100-8)'),
  nodes: z.number().int().positive().max(MAX_NODES).optional(),
  accelerators: z
    .number()
    .int()
    .positive()
    .max(MAX_NODES * 72)
    .optional()
    .describe('instead of nodes: nodes = ceil(accelerators / accelerators per node)'),
  racks: z
    .number()
    .int()
    .positive()
    .max(MAX_NODES)
    .optional()
    .describe(
      'instead of nodes: whole racks (a rack-scale preset such as gb200-nvl72, or full racks of nodes)',
    ),
  scaleUp: z.enum(SCALE_UP_OPTIONS).optional(),
  scaleOut: z.enum(SCALE_OUT_OPTIONS).optional(),
  topology: z.enum(TOPOLOGIES).optional(),
  oversubscription: z
    .string()
    .regex(/^\d+:\d+$/, { message: 'write the leaf downlink:uplink ratio as d:u, e.g. "1:1" or "3:1"' })
    .optional(),
  rackPowerKw: z.number().finite().positive().max(10_000).optional(),
});

/** Flags override the file, field by field. */
export const mergeIntent = (file: PlanIntent, flags: PlanIntent): PlanIntent => {
  const out: PlanIntent = { ...file };
  for (const [k, v] of Object.entries(flags)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
};
