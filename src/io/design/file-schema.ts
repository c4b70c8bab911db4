/**
 * Design file format v1 (YAML or JSON) as a zod schema of what the file says. The same schema validates
 * files and generates the published JSON Schema (`rackwire schema`); instantiate.ts turns a valid file
 * into the model. Documented in docs/format.md.
 */
import { z } from 'zod';
import { LEVELS, PROTOCOLS } from '../../model/index.js';

/** Sanity bounds: values beyond these are input errors, not physics (conventions §10). */
export const LIMITS = {
  lanes: 1024,
  gen: 16,
  repeat: 1_000_000,
  traceMm: 2_000,
  cableMm: 20_000_000,
  lossDb: 200,
  marginPct: 100,
  rackPowerW: 10_000_000,
} as const;

const bareNumberHint = (unit: string, key: string) => (iss: { input: unknown }) =>
  typeof iss.input === 'number'
    ? `a bare number is not allowed here: write a unit ("${iss.input}${unit}") or use the key "${key}"`
    : undefined;

const Expr = z
  .string()
  .regex(/^\{[^{}]+\}$/, { message: 'expected an integer or an expression like "{i*2}"' });
/** An integer, or `{expr}` evaluated at instantiation. */
const IntOr = (schema: z.ZodNumber) => z.union([schema, Expr]);
const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_\-{}*+%/() ]+$/, {
    message:
      'ids use letters, digits, _ - / and {expr} substitutions (no dots: a dot separates component and port)',
  });
const Protocol = z.enum(PROTOCOLS);
const Repeat = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), IntOr(z.number().int().min(0).max(LIMITS.repeat)))
  .describe('Loop variables and their counts: { i: 8 } gives i = 0..7; several variables nest.');

const LengthStr = (max: number) =>
  z
    .string({ error: bareNumberHint('mm', 'lengthMm') })
    .describe(`Length with unit, e.g. "250mm", "9.8in", "1.5m" (max ${max} mm)`);

export const PortDecl = z.strictObject({
  name: Id,
  count: IntOr(z.number().int().positive().max(LIMITS.lanes)).optional(),
  protocol: Protocol,
  altProtocols: z.array(Protocol).optional(),
  lanes: IntOr(z.number().int().positive().max(LIMITS.lanes)),
  maxGen: z.number().int().positive().max(LIMITS.gen).optional(),
  laneRateGbps: z.number().finite().positive().max(10_000).optional(),
  role: z.enum(['upstream', 'downstream', 'peer']),
  bifurcation: z.array(z.array(z.number().int().positive().max(LIMITS.lanes))).optional(),
  partition: z.string().min(1).optional(),
});

export const ComponentDecl = z.strictObject({
  id: Id.describe('Short name, unique in its container; {expr} with repeat: "gpu{i}"'),
  part: z.string().min(1).describe('Catalog part id (rackwire catalog list)'),
  repeat: Repeat.optional(),
  pciBusId: z.string().min(1).optional(),
  numaNode: IntOr(z.number().int().min(0).max(4096)).optional(),
  ports: z
    .array(PortDecl)
    .optional()
    .describe("Port list for configurable parts (switches); default: the part's ports"),
  infos: z.record(z.string(), z.string()).optional(),
});

const TraceDecl = z.strictObject({
  material: z.string().min(1),
  length: LengthStr(LIMITS.traceMm).optional(),
  lengthMm: z.number().finite().nonnegative().max(LIMITS.traceMm).optional(),
});
const CableDecl = z.strictObject({
  part: z.string().min(1),
  length: LengthStr(LIMITS.cableMm).optional(),
  lengthMm: z.number().finite().positive().max(LIMITS.cableMm).optional(),
});
const LossDecl = z.strictObject({
  loss: z.string({ error: bareNumberHint('dB', 'lossDb') }).optional(),
  lossDb: z.number().finite().nonnegative().max(LIMITS.lossDb).optional(),
  note: z.string().optional(),
});

/** One channel segment: an object with exactly one key, or the shorthand "add-in-card". */
export const SegmentDecl = z.union([
  z.literal('add-in-card'),
  z
    .strictObject({
      package: z.string().min(1).describe('"from", "to" or a component id').optional(),
      trace: TraceDecl.optional(),
      via: z.number().int().positive().max(100).optional(),
      connector: z.string().min(1).optional(),
      cable: CableDecl.optional(),
      loss: LossDecl.optional(),
      device: Id.describe('An in-channel component: retimer, redriver, cable module').optional(),
      retimer: Id.describe('Same as device').optional(),
    })
    .refine((o) => Object.keys(o).length === 1, {
      message: 'a channel segment has exactly one key (package, trace, via, connector, cable, loss, device)',
    }),
]);

const LinkState = z.strictObject({
  gen: z.number().int().positive().max(LIMITS.gen).nullable(),
  width: z.number().int().positive().max(LIMITS.lanes),
});

export const LinkDecl = z.strictObject({
  id: Id.optional(),
  from: z.string().min(1).describe('COMPONENT.PORT, e.g. "cpu0.pcie2" or "node{i}/nic0.p0"'),
  to: z.string().min(1),
  protocol: Protocol.optional(),
  width: IntOr(z.number().int().positive().max(LIMITS.lanes)).optional(),
  gen: IntOr(z.number().int().positive().max(LIMITS.gen)).optional(),
  laneRateGbps: z.number().finite().positive().max(10_000).optional(),
  repeat: Repeat.optional(),
  channel: z.array(SegmentDecl).max(1000).optional(),
  reported: LinkState.optional().describe(
    'Speed and width a real host reported (LnkSta); kept when the channel is unknown',
  ),
  capable: LinkState.optional().describe('What a real host reported the link capable of (LnkCap)'),
});

export const InstanceDecl = z.strictObject({
  id: Id,
  module: z.string().min(1),
  level: z
    .enum(LEVELS)
    .optional()
    .describe("Hierarchy level of the instance (default: the module's, else node)"),
  repeat: Repeat.optional(),
  params: z.record(z.string(), IntOr(z.number().int())).optional(),
});

const Body = {
  components: z.array(ComponentDecl).optional(),
  links: z.array(LinkDecl).optional(),
  instances: z.array(InstanceDecl).optional(),
};

export const ModuleDecl = z.strictObject({
  description: z.string().optional(),
  level: z.enum(LEVELS).optional(),
  params: z.record(z.string(), z.number().int()).optional().describe('Parameters and their defaults'),
  ...Body,
});

export const SettingsDecl = z.strictObject({
  recommendedMargin: z.string({ error: bareNumberHint('%', 'recommendedMarginPct') }).optional(),
  recommendedMarginPct: z.number().finite().min(0).max(LIMITS.marginPct).optional(),
  cablePreference: z.enum(['power', 'reach']).optional(),
  rackPower: z.string({ error: bareNumberHint('kW', 'rackPowerW') }).optional(),
  rackPowerW: z.number().finite().positive().max(LIMITS.rackPowerW).optional(),
});

export const DesignFileSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1, { message: 'formatVersion must be 1 (the only version this rackwire reads)' }),
  name: z.string().min(1),
  description: z.string().optional(),
  catalogs: z.array(z.string().min(1)).optional().describe('User catalog files, relative to this file'),
  imports: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'Design files (or builtin:NAME) whose modules this file may instantiate, relative to this file',
    ),
  settings: SettingsDecl.optional(),
  modules: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), ModuleDecl).optional(),
  ...Body,
});

export type DesignFile = z.infer<typeof DesignFileSchema>;
export type ModuleDecl = z.infer<typeof ModuleDecl>;
export type ComponentDecl = z.infer<typeof ComponentDecl>;
export type LinkDecl = z.infer<typeof LinkDecl>;
export type InstanceDecl = z.infer<typeof InstanceDecl>;
export type SegmentDecl = z.infer<typeof SegmentDecl>;
export type PortDecl = z.infer<typeof PortDecl>;

/** The JSON Schema of format v1, generated from the schema above (no second copy to drift). */
export function designJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DesignFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://rackwire.dev/schema/design-v1.json',
    title: 'rackwire design file, format v1',
  };
}
