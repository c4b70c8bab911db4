/** Text and JSON for `phy place-retimers` proposals and `phy cables` plans. */
import type { CablePlanRow, RetimerProposal } from '../phy/index.js';

const where = (p: RetimerProposal) =>
  p.cuts.map(
    (c) =>
      (c.offsetMm === null
        ? `before channel[${c.channelIndex}]`
        : `${c.offsetMm.toFixed(1)} mm into channel[${c.channelIndex}]`) +
      ` (${c.atMm.toFixed(1)} mm from the start)`,
  );

export function retimerProposalsText(proposals: readonly RetimerProposal[]): string {
  if (proposals.length === 0) return 'no link fails its loss budget: no retimers needed\n';
  const lines: string[] = [];
  for (const p of proposals) {
    if (p.feasible) {
      lines.push(`${p.linkId}: add ${p.count} × ${p.part} (worst margin ${p.worstMarginDb?.toFixed(2)} dB)`);
      where(p).forEach((w, i) => lines.push(`  ${p.added[i] ?? 'retimer'}: ${w}`));
    } else {
      lines.push(
        `${p.linkId}: retimers within the limit cannot fix it${p.worstMarginDb === null ? '' : ` (best worst margin ${p.worstMarginDb.toFixed(2)} dB)`}`,
      );
      for (const a of p.advice) lines.push(`  - ${a}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const retimerProposalsJson = (proposals: readonly RetimerProposal[]) =>
  proposals.map((p) => ({
    linkId: p.linkId,
    gen: p.gen,
    feasible: p.feasible,
    count: p.count,
    part: p.part,
    added: p.added,
    worstMarginDb: p.worstMarginDb === null ? null : Math.round(p.worstMarginDb * 100) / 100,
    cuts: p.cuts.map((c) => ({
      channelIndex: c.channelIndex,
      offsetMm: c.offsetMm === null ? null : Math.round(c.offsetMm * 10) / 10,
      atMm: Math.round(c.atMm * 10) / 10,
    })),
    advice: p.advice,
  }));

export function cablePlanText(rows: readonly CablePlanRow[]): string {
  if (rows.length === 0) return 'no cables in the design\n';
  return (
    rows
      .map(
        (r) =>
          `${r.linkId} channel[${r.channelIndex}] ${r.lengthM} m: ${r.current}` +
          (r.recommended === null
            ? ' → no catalog cable reaches'
            : r.recommended === r.current
              ? ' (best choice)'
              : ` → ${r.recommended} (${r.medium}, ${r.powerWPerEnd} W per end)`),
      )
      .join('\n') + '\n'
  );
}
