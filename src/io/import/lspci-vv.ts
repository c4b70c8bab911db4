/** `lspci -vv` device blocks: header line (bus id, class, description) and LnkCap / LnkSta / NUMA lines. */
import { normBusId } from './raw.js';

export interface VvBlock {
  busId: string;
  className: string;
  /** Class from `-nn` output (`VGA compatible controller [0300]`), else null. */
  classCode: number | null;
  text: string;
  lnkCap: { speed: string; width: string } | null;
  lnkSta: { speed: string; width: string } | null;
  numaNode: number | null;
  virtualFunction: boolean;
}

const HEADER = /^((?:[0-9a-f]{4,8}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]) ([^:[]+?)(?: \[([0-9a-f]{4})\])?: (.+)$/;
const LNK = /^\s+(LnkCap|LnkSta):.*?Speed ([0-9.]+\s*GT\/s)[^,]*, Width (x\d+)/;
const NUMA = /^\s+NUMA node: (\d+)/;

export function parseVvBlocks(text: string): VvBlock[] {
  const out: VvBlock[] = [];
  let cur: VvBlock | null = null;
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    const busId = h ? normBusId(h[1]!) : null;
    if (h && busId) {
      cur = {
        busId,
        className: h[2]!.trim(),
        classCode: h[3] ? parseInt(h[3], 16) : null,
        text: h[4]!.trim(),
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
  }
  return out;
}
