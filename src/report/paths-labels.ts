/** Row/column labels for path matrices: nvidia-smi's GPU0/NIC0 on one host, design ids across hosts. */

/** `node0/gpu3` → `GPU3` when every device sits on one host, else the id itself. */
export function deviceLabels(devices: readonly string[]): string[] {
  const hosts = new Set(devices.map((d) => (d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '')));
  if (hosts.size > 1) return [...devices];
  return devices.map((d) => d.slice(d.lastIndexOf('/') + 1).toUpperCase());
}

/** Left-aligned columns separated by two spaces; the first column is padded to its widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const fmt = (v: number | null, digits = 2): string => (v === null ? 'N/A' : v.toFixed(digits));
