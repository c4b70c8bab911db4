/** Each link's ends name an existing component and port, and the port can carry the link's protocol. */
import { kindTraits, suggest, type DraftIssue } from '../../model/index.js';
import { carries, type CheckContext, type Rule } from '../context.js';

function endIssue(ctx: CheckContext, i: number, end: 'from' | 'to'): DraftIssue | null {
  const link = ctx.design.links[i]!;
  const ref = link[end];
  const at = `links[${i}].${end}`;
  const entry = ctx.components.get(ref.component);
  if (!entry) {
    const guess = suggest(ref.component, ctx.components.keys());
    return {
      severity: 'error',
      code: 'component-not-found',
      message: `${link.id}: ${end} component "${ref.component}" not found`,
      modelPath: at,
      hint: guess ? `did you mean "${guess}"?` : 'ids are paths through the declared levels, e.g. node0/gpu3',
    };
  }
  const c = entry.c;
  if (kindTraits(c.kind).inChannel)
    return {
      severity: 'error',
      code: 'in-channel-endpoint',
      message: `${link.id}: ${c.id} is a ${c.kind}, which sits inside a channel, not at a link's end`,
      modelPath: at,
      hint: `list it in the channel of the link it serves: { device: ${c.name} }`,
    };
  const port = ctx.port(ref);
  if (!port) {
    const names = c.ports.map((p) => p.name);
    const guess = suggest(ref.port, names);
    return {
      severity: 'error',
      code: 'port-not-found',
      message: `${link.id}: port "${ref.port}" not found on ${c.id} (${c.id} has ${names.join(', ') || 'no ports'})`,
      modelPath: at,
      ...(guess ? { hint: `did you mean "${c.name}.${guess}"?` } : {}),
    };
  }
  if (!carries(port, link.protocol))
    return {
      severity: 'error',
      code: 'protocol-mismatch',
      message: `${link.id}: ${link.protocol} link on ${c.id}.${port.name}, a ${[port.protocol, ...port.altProtocols].join('/')} port`,
      modelPath: at,
      hint: `connect it to a ${link.protocol} port, or change the link's protocol`,
    };
  if (link.width > port.lanes)
    return {
      severity: 'error',
      code: 'lanes-exceeded',
      message: `${link.id}: x${link.width} link on ${c.id}.${port.name}, which has ${port.lanes} lanes`,
      modelPath: `links[${i}].width`,
      hint: `use width ${port.lanes} or less`,
    };
  if (link.gen !== null && port.maxGen !== null && port.protocol === link.protocol && link.gen > port.maxGen)
    return {
      severity: 'error',
      code: 'gen-unsupported',
      message: `${link.id}: Gen${link.gen} link, but ${c.id}.${port.name} supports up to Gen${port.maxGen}`,
      modelPath: `links[${i}].gen`,
      hint: `set gen: ${port.maxGen} or leave gen out to use the highest both ends support`,
    };
  return null;
}

export const linkEnds: Rule = (ctx) => {
  const out: DraftIssue[] = [];
  ctx.design.links.forEach((_, i) => {
    for (const end of ['from', 'to'] as const) {
      const issue = endIssue(ctx, i, end);
      if (issue) out.push(issue);
    }
  });
  return out;
};
