/**
 * Scale-out wiring: NICs to leaves by rail, leaves to spines, spines to super-spines (closed forms in clos.ts).
 * Links come in blocks (one per compute rack, leaf or spine); each block is one `repeat` declaration of the
 * compact file and one cable choice: the longest run of the block, through the physical layer's selectCable.
 */
import { realize, type Block } from './realize.js';
import { placeAll, type Places } from './places.js';
import type { Rail } from './node-profile.js';
import type { Wiring, WiringInput } from './wiring-types.js';

export type { CableTier, Wiring, WiringInput } from './wiring-types.js';

export function wireScaleOut(x: WiringInput): Wiring {
  const { clos, rails, nodes, nodesPerRack: npr } = x;
  const D = clos.downlinksPerLeaf;
  const R = rails.length;
  const railOpt = !clos.pooled;
  const places = placeAll({
    figures: x.figures,
    racks: Math.ceil(nodes / npr),
    nodesPerRack: npr,
    nodeHeightU: x.nodeHeightU,
    switchHeightU: x.switchHeightU,
    clos,
    firstNodeOfLeaf: (l) => (railOpt ? Math.floor(l / R) * D : Math.floor((l * D) / R)),
  });
  return realize(x, [
    ...nicLeafBlocks(x, places),
    ...leafSpineBlocks(x, places),
    ...spineSuperSpineBlocks(x, places),
  ]);
}

/** NIC-to-leaf blocks: one per compute rack (per rack and rail where the node's NICs are not regular). */
function nicLeafBlocks(x: WiringInput, places: Places): Block[] {
  const { clos, sw, rails, nodes, nodesPerRack: npr, nodePrefix: np } = x;
  const D = clos.downlinksPerLeaf;
  const R = rails.length;
  const railOpt = !clos.pooled;
  // Rail-optimized leaves are numbered group by group: leaf j·R + i serves rail i of node group j.
  const leafOf = (g: number, i: number) =>
    railOpt ? Math.floor(g / D) * R + i : Math.floor((g * R + i) / D);
  const portOf = (g: number, i: number) => (railOpt ? g % D : (g * R + i) % D);
  const blocks: Block[] = [];
  const nicWidth = (rail: Rail) => Math.min(rail.lanes, sw.lanesPerPort);
  const regular = rails.every((r, i) => r.nic === `nic${i}` && r.port === rails[0]!.port);
  const railSets = regular ? [rails.map((_, i) => i)] : rails.map((_, i) => [i]);
  for (let r = 0; r < Math.ceil(nodes / npr); r++) {
    const g0 = r * npr;
    const nr = Math.min(npr, nodes - g0);
    const g = g0 === 0 ? 'n' : `(n+${g0})`;
    const to = (i: string) =>
      railOpt
        ? `leaf{${g}//${D}*${R}+${i}}.p{${g}%${D}}`
        : `leaf{(${g}*${R}+${i})//${D}}.p{(${g}*${R}+${i})%${D}}`;
    for (const set of railSets) {
      const one = set.length === 1 ? rails[set[0]!]! : null;
      blocks.push({
        tier: 'nicLeaf',
        width: nicWidth(rails[set[0]!]!),
        // A slower NIC sets the link's lane rate (the switch port runs at the NIC's speed): cable for that rate.
        laneRateGbps: Math.min(sw.laneRateGbps, ...set.map((i) => rails[i]!.laneRateGbps ?? sw.laneRateGbps)),
        decl: (cable) => ({
          from: one
            ? `rack${r}/${np}{n}/${one.nic}.${one.port}`
            : `rack${r}/${np}{n}/nic{i}.${rails[0]!.port}`,
          to: to(one ? String(set[0]) : 'i'),
          protocol: x.protocol,
          repeat: one ? { n: nr } : { n: nr, i: R },
          channel: [{ cable }],
        }),
        each: (visit) => {
          for (let n = 0; n < nr; n++)
            for (const i of set) {
              const l = leafOf(g0 + n, i);
              const port = `p${portOf(g0 + n, i)}`;
              visit(
                `rack${r}/${np}${n}/${rails[i]!.nic}`,
                rails[i]!.port,
                `leaf${l}`,
                port,
                places.node(r, n),
                places.leaf[l]!,
              );
            }
        },
      });
    }
  }
  return blocks;
}

/**
 * Leaf-to-spine blocks, one per leaf. Two tiers: uplinks dealt round-robin over the spines from a running offset,
 * so every leaf with at least S uplinks reaches every spine. Three tiers: uplink m of a leaf goes to spine m of its
 * pod, port = leaf slot.
 */
function leafSpineBlocks({ clos, sw, protocol }: WiringInput, places: Places): Block[] {
  const D = clos.downlinksPerLeaf;
  const S = clos.spines;
  const P = clos.leavesPerPod;
  const blocks: Block[] = [];
  let offset = 0;
  for (let l = 0; l < clos.leaves && S > 0; l++) {
    const U = clos.leafUplinks[l]!;
    const base = clos.tiers === 2 ? offset : clos.podFirstSpine[Math.floor(l / P)]!;
    offset += U;
    const spineOf = (m: number) => (clos.tiers === 2 ? (base + m) % S : base + m);
    const portOfSpine = (m: number) => (clos.tiers === 2 ? Math.floor((base + m) / S) : l % P);
    blocks.push({
      tier: 'leafSpine',
      width: sw.lanesPerPort,
      decl: (cable) => ({
        from: `leaf${l}.p{m+${D}}`,
        to: clos.tiers === 2 ? `spine{(m+${base})%${S}}.p{(m+${base})//${S}}` : `spine{m+${base}}.p${l % P}`,
        protocol,
        repeat: { m: U },
        channel: [{ cable }],
      }),
      each: (visit) => {
        for (let m = 0; m < U; m++)
          visit(
            `leaf${l}`,
            `p${D + m}`,
            `spine${spineOf(m)}`,
            `p${portOfSpine(m)}`,
            places.leaf[l]!,
            places.spine[spineOf(m)]!,
          );
      },
    });
  }
  return blocks;
}

/** Spine-to-super-spine blocks, one per spine: uplinks dealt round-robin over the super-spines. */
function spineSuperSpineBlocks({ clos, sw, protocol }: WiringInput, places: Places): Block[] {
  const P = clos.leavesPerPod;
  const SS = clos.superSpines;
  const blocks: Block[] = [];
  let ssOffset = 0;
  for (let s = 0; s < clos.spines && SS > 0; s++) {
    const Us = clos.spineUplinks[s]!;
    const base = ssOffset;
    ssOffset += Us;
    blocks.push({
      tier: 'spineSuperSpine',
      width: sw.lanesPerPort,
      decl: (cable) => ({
        from: `spine${s}.p{m+${P}}`,
        to: `superspine{(m+${base})%${SS}}.p{(m+${base})//${SS}}`,
        protocol,
        repeat: { m: Us },
        channel: [{ cable }],
      }),
      each: (visit) => {
        for (let m = 0; m < Us; m++) {
          const t = (base + m) % SS;
          visit(
            `spine${s}`,
            `p${P + m}`,
            `superspine${t}`,
            `p${Math.floor((base + m) / SS)}`,
            places.spine[s]!,
            places.superSpine[t]!,
          );
        }
      },
    });
  }
  return blocks;
}
