/**
 * `lspci -vv` device blocks: header line (bus id, class, description) and Subsystem / LnkCap / LnkSta / NUMA lines.
 * Headers come in three forms: names (`3D controller: NVIDIA Corporation ...`), `-nn` (`3D controller [0302]: ...
 * [10de:2335]`) and `-n` (`0302: 10de:2335`); the numbers, where given, are taken over the names.
 */
import { normBusId } from './raw.js';

/** Vendor and device ids written in a description: `-nn`'s `[10de:2335]` (the last such pair) or `-n`'s bare `10de:2335`. */
export function idsInText(text: string): { vendor: string; device: string } | null {
  const bare = /^([0-9a-f]{4}):([0-9a-f]{4})\b/.exec(text);
  if (bare) return { vendor: bare[1]!, device: bare[2]! };
  const nn = [...text.matchAll(/\[([0-9a-f]{4}):([0-9a-f]{4})\]/g)].at(-1);
  return nn ? { vendor: nn[1]!, device: nn[2]! } : null;
}

export interface VvBlock {
  busId: string;
  className: string;
  /** Class from `-nn` output (`VGA compatible controller [0300]`) or `-n` output (`0300`), else null. */
  classCode: number | null;
  text: string;
  /** Vendor:device from `-nn` / `-n` output, else null. */
  ids: { vendor: string; device: string } | null;
  /** Subsystem vendor:device from the `Subsystem:` line of `-vv -nn` / `-vv -n` output, else null. */
  subsystem: { vendor: string; device: string } | null;
  lnkCap: { speed: string; width: string } | null;
  lnkSta: { speed: string; width: string } | null;
  numaNode: number | null;
  virtualFunction: boolean;
}

const HEADER = /^((?:[0-9a-f]{4,8}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]) ([^:[]+?)(?: \[([0-9a-f]{4})\])?: (.+)$/;
const LNK = /^\s+(LnkCap|LnkSta):.*?Speed ([0-9.]+\s*GT\/s)[^,]*, Width (x\d+)/;
const NUMA = /^\s+NUMA node: (\d+)/;
const SUBSYSTEM = /^\s+Subsystem: (.+)$/;
/** `-n` prints the class as four hex digits where the name would be. */
const NUMERIC_CLASS = /^[0-9a-f]{4}$/;

export function parseVvBlocks(text: string): VvBlock[] {
  const out: VvBlock[] = [];
  let cur: VvBlock | null = null;
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    const busId = h ? normBusId(h[1]!) : null;
    if (h && busId) {
      const className = h[2]!.trim();
      const numeric = NUMERIC_CLASS.test(className) ? className : null;
      cur = {
        busId,
        className,
        classCode: h[3] || numeric ? parseInt((h[3] ?? numeric)!, 16) : null,
        text: h[4]!.trim(),
        ids: idsInText(h[4]!.trim()),
        subsystem: null,
        lnkCap: null,
        lnkSta: null,
        numaNode: null,
        virtualFunction: /Virtual Function/i.test(h[4]!),
      };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const l = LNK.exec(line);
    if (l) cur[l[1] === 'LnkCap' ? 'lnkCap' : 'lnkSta'] = { speed: l[2]!, width: l[3]! };
    const n = NUMA.exec(line);
    if (n) cur.numaNode = Number(n[1]);
    const sub = SUBSYSTEM.exec(line);
    if (sub) cur.subsystem = idsInText(sub[1]!.trim());
  }
  return out;
}
