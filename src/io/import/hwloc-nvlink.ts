/** hwloc's NVLinkBandwidth distance matrix (MB/s between GPUs and NVSwitches) → NVLink links on the raw devices. */
import type { Catalog } from '../../catalog/index.js';
import type { DraftIssue } from '../../model/index.js';
import type { RawDevice } from './raw.js';
import type { XmlNode } from './xml.js';

const MB_PER_GB = 1000;

/**
 * Reads `<indexes>` (`OSDev:802 PCIDev:449 ...`) and `<u64values>` rows into links. A value is MB/s; the link count
 * is value / per-link GB/s of the newest NVLink standard in the catalog that divides it evenly, else 1 (reported).
 */
export function readNvlinkMatrix(
  catalog: Catalog,
  m: XmlNode,
  byGp: Map<string, RawDevice>,
  issues: DraftIssue[],
): void {
  const n = Number(m.attrs.nbobjs);
  const text = (name: string): string[] =>
    m.children.filter((c) => c.name === name).flatMap((c) => c.text.trim().split(/\s+/).filter(Boolean));
  const objs = text('indexes').map((s) => byGp.get(s.split(':')[1] ?? s) ?? null);
  const values = text('u64values').map(Number);
  if (!Number.isInteger(n) || objs.length < n || values.length < n * n) {
    issues.push({
      severity: 'warning',
      code: 'hwloc-nvlink-partial',
      message: `NVLinkBandwidth matrix incomplete (${values.length} of ${n * n} values): NVLink links not imported`,
    });
    return;
  }
  const perLink = catalog.standards
    .filter((s) => s.protocol === 'nvlink' && s.linkGBpsPerDir)
    .map((s) => s.linkGBpsPerDir! * MB_PER_GB);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = values[i * n + j]!;
      const a = objs[i];
      const z = objs[j];
      if (!(v > 0) || !a || !z || a === z) continue;
      const per = perLink.find((p) => v % p === 0);
      a.nvlinks.push({ target: z.key, count: per ? v / per : 1, targetIsSwitch: !z.infos.coprocessor });
    }
  }
}
