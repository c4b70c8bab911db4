/**
 * Cable choice for rack-level links: passive copper, linear/active copper, AEC or optics from the catalog's
 * reach table, by length and lane rate (or PCIe generation). `power` picks the lowest power per end that
 * reaches (ties: more reach); `reach` picks the most reach (ties: less power).
 */
import type { Cable, Catalog } from '../catalog/index.js';
import type { Design, DraftIssue, Protocol } from '../model/index.js';
import { mFromMm } from '../model/index.js';
import { electricalProtocol } from './context.js';

export type CablePreference = 'power' | 'reach';

export interface CableQuery {
  protocol: Protocol;
  lengthM: number;
  /** Per-lane rate the cable must carry (Ethernet/IB/NVLink/UALink), or null. */
  laneRateGbps: number | null;
  /** PCIe/CXL generation the cable must carry, or null. */
  gen: number | null;
  prefer: CablePreference;
}

export interface CableSelection {
  choice: Cable | null;
  /** Every catalog cable that reaches, best first. */
  options: Cable[];
  issues: DraftIssue[];
}

/** The cable carries the protocol and the rate: lane-rated cables by `laneRateGbps`, PCIe cables by `maxGen`. */
const carries = (c: Cable, q: CableQuery): boolean =>
  c.protocols.some((p) => p === q.protocol || electricalProtocol(p) === electricalProtocol(q.protocol)) &&
  (q.laneRateGbps === null || (c.laneRateGbps ?? 0) >= q.laneRateGbps) &&
  (q.gen === null || (c.maxGen ?? 0) >= q.gen);

const what = (q: CableQuery) =>
  `${q.protocol}${q.laneRateGbps !== null ? ` at ${q.laneRateGbps} Gb/s per lane` : ''}${q.gen !== null ? ` Gen${q.gen}` : ''}`;

export function selectCable(catalog: Catalog, q: CableQuery): CableSelection {
  const compatible = catalog.cables.filter((c) => carries(c, q));
  const options = compatible.filter((c) => q.lengthM <= c.maxReachM && q.lengthM >= (c.minReachM ?? 0));
  const byPower = (a: Cable, b: Cable) => a.powerWPerEnd - b.powerWPerEnd || b.maxReachM - a.maxReachM;
  const byReach = (a: Cable, b: Cable) => b.maxReachM - a.maxReachM || a.powerWPerEnd - b.powerWPerEnd;
  options.sort((a, b) => (q.prefer === 'power' ? byPower(a, b) : byReach(a, b)) || a.id.localeCompare(b.id));
  const issues: DraftIssue[] = [];
  if (options.length === 0) {
    const longest = [...compatible].sort((a, b) => b.maxReachM - a.maxReachM)[0];
    issues.push(
      longest
        ? {
            severity: 'error',
            code: 'phy-cable-too-long',
            message: `a ${q.lengthM} m cable for ${what(q)} is longer than any catalog option: the maximum reach is ${longest.maxReachM} m (${longest.id})`,
            hint: 'shorten the run, add a switch hop, or add an optical cable to the catalog',
          }
        : { severity: 'error', code: 'phy-no-cable', message: `the catalog has no cable for ${what(q)}` },
    );
  }
  return { choice: options[0] ?? null, options, issues };
}

export interface CablePlanRow {
  linkId: string;
  channelIndex: number;
  lengthM: number;
  current: string;
  recommended: string | null;
  medium: string | null;
  powerWPerEnd: number | null;
}

/** For every cable in the design, the cable the catalog recommends for its length and rate. */
export function planCables(
  design: Design,
  catalog: Catalog,
  prefer?: CablePreference,
): { rows: CablePlanRow[]; issues: DraftIssue[] } {
  const rows: CablePlanRow[] = [];
  const issues: DraftIssue[] = [];
  const ports = new Map(design.components.map((c) => [c.id, c]));
  design.links.forEach((link, i) => {
    link.channel.forEach((seg, j) => {
      if (seg.type !== 'cable') return;
      const port = ports.get(link.from.component)?.ports.find((p) => p.name === link.from.port);
      const q: CableQuery = {
        protocol: link.protocol,
        lengthM: mFromMm(seg.lengthMm),
        laneRateGbps: link.laneRateGbps ?? port?.laneRateGbps ?? null,
        gen: electricalProtocol(link.protocol) === 'pcie' ? (link.gen ?? port?.maxGen ?? null) : null,
        prefer: prefer ?? design.settings.cablePreference,
      };
      const sel = selectCable(catalog, q);
      for (const issue of sel.issues)
        issues.push({
          ...issue,
          message: `${link.id}: ${issue.message}`,
          modelPath: `links[${i}].channel[${j}]`,
        });
      rows.push({
        linkId: link.id,
        channelIndex: j,
        lengthM: q.lengthM,
        current: seg.part,
        recommended: sel.choice?.id ?? null,
        medium: sel.choice?.medium ?? null,
        powerWPerEnd: sel.choice?.powerWPerEnd ?? null,
      });
    });
  });
  return { rows, issues };
}
