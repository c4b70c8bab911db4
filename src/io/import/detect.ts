/** Detects which importer reads a file from its content (the CLI's `--from` overrides it). */

export const IMPORT_FORMATS = ['nccl-xml', 'hwloc', 'lspci', 'nvidia-smi', 'rocm-smi', 'infragraph'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format of `text` (an lspci tree wins over an nvidia-smi matrix pasted below it), or null when none fits. Checks cheap markers in a bounded prefix so a huge file stays fast. */
export function detectFormat(text: string): ImportFormat | null {
  const head = text.slice(0, 200_000);
  if (/<system\b[^>]*version=/.test(head) || /<graphs\b/.test(head)) return 'nccl-xml';
  if (/<topology\b/.test(head) || /<object\s+type="(Machine|Bridge|PCIDev|OSDev|Package)"/.test(head))
    return 'hwloc';
  if (/Link Type between two GPUs|ROCm System Management Interface/.test(head)) return 'rocm-smi';
  if (
    /^[\s|+\\-]*[-+\\]-?\[[0-9a-f]{4}:[0-9a-f]{2}\]-/m.test(head) ||
    /^[0-9a-f]{2}:[0-9a-f]{2}\.[0-7] [^:]+: /m.test(head)
  )
    return 'lspci';
  if (/^[ \t]*GPU0(\s+(GPU|NIC|mlx5_)\d+)*\s+(GPU|NIC|mlx5_)\d+/m.test(head) && /^GPU0\s+X\b/m.test(head))
    return 'nvidia-smi';
  if (/^\s*(infrastructure:|devices:|instances:)/m.test(head) || /"devices"\s*:\s*\[/.test(head))
    return 'infragraph';
  return null;
}
