/**
 * In-channel devices (retimers, redrivers, cable modules): a `device` segment names an existing
 * in-channel component, each such component serves exactly one link, and package segments name link ends.
 */
import { kindTraits, suggest, type DraftIssue } from '../../model/index.js';
import type { Rule } from '../context.js';

export const channelDevices: Rule = (ctx) => {
  const out: DraftIssue[] = [];
  const usedBy = new Map<string, string>();
  ctx.design.links.forEach((link, i) => {
    link.channel.forEach((s, k) => {
      const at = `links[${i}].channel[${k}]`;
      if (s.type === 'package' && s.component !== link.from.component && s.component !== link.to.component)
        out.push({
          severity: 'error',
          code: 'package-not-endpoint',
          message: `${link.id}: package of ${s.component}, which is not an end of this link`,
          modelPath: at,
          hint: 'write package: from or package: to',
        });
      if (s.type !== 'device') return;
      const entry = ctx.components.get(s.component);
      if (!entry) {
        const guess = suggest(s.component, ctx.components.keys());
        out.push({
          severity: 'error',
          code: 'component-not-found',
          message: `${link.id}: channel device "${s.component}" not found`,
          modelPath: at,
          ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
        });
        return;
      }
      if (!kindTraits(entry.c.kind).inChannel) {
        out.push({
          severity: 'error',
          code: 'not-in-channel-device',
          message: `${link.id}: ${s.component} is a ${entry.c.kind}, which cannot sit inside a channel`,
          modelPath: at,
          hint: 'channel devices are retimers, redrivers and cable modules',
        });
        return;
      }
      const prior = usedBy.get(s.component);
      if (prior && prior !== link.id)
        out.push({
          severity: 'error',
          code: 'device-reused',
          message: `${s.component} sits in two links (${prior} and ${link.id})`,
          modelPath: at,
          hint: 'each retimer serves one link; add another retimer component',
        });
      usedBy.set(s.component, link.id);
    });
  });
  ctx.design.components.forEach((c, i) => {
    if (kindTraits(c.kind).inChannel && !usedBy.has(c.id) && ctx.partIds.has(c.part))
      out.push({
        severity: 'warning',
        code: 'device-unused',
        message: `${c.id} (${c.kind}) is in no link's channel`,
        modelPath: `components[${i}]`,
        hint: `add { device: ${c.name} } to the channel of the link it serves`,
      });
  });
  return out;
};
