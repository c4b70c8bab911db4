/** The mapping report of `rackwire export --to nccl-xml --bus-ids FILE`: which bus id each device got, and how. */

/** What the report reads of io/export's BusIdAssignment (report does not import io). */
export interface BusIdMapping {
  matches: {
    component: string;
    busId: string;
    by: 'map' | 'part' | 'kind';
    listed: { description: string; pciId: string | null } | null;
  }[];
  unmatched: string[];
  unused: { busId: string; description: string }[];
}

const HOW = { map: 'named in the map', part: 'same part', kind: 'same kind only' } as const;

export function busIdReport(a: BusIdMapping, file: string): string {
  const total = a.matches.length + a.unmatched.length;
  const width = Math.max(0, ...a.matches.map((m) => m.component.length));
  const lines = [`bus ids from ${file}: ${a.matches.length} of ${total} devices matched`];
  for (const m of a.matches) {
    const what = m.listed
      ? `  ${m.listed.description}${m.listed.pciId && !m.listed.description.includes(m.listed.pciId) ? ` [${m.listed.pciId}]` : ''}`
      : '';
    lines.push(`  ${m.component.padEnd(width)}  ${m.busId}  ${HOW[m.by]}${what}`);
  }
  if (a.unmatched.length) lines.push(`  no bus id (placeholder written): ${a.unmatched.join(', ')}`);
  if (a.unused.length)
    lines.push(
      `  not used from the listing: ${a.unused.map((u) => `${u.busId} ${u.description}`).join('; ')}`,
    );
  return lines.join('\n');
}
