/** Importers: read lspci, nvidia-smi, rocm-smi, NCCL XML, hwloc XML and InfraGraph files into a Design. */
import type { Catalog } from '../../catalog/index.js';
import { foldRepeated, InputError, type DraftIssue } from '../../model/index.js';
import type { ImportResult } from './build-design.js';
import { detectFormat, IMPORT_FORMATS, type ImportFormat } from './detect.js';
import { importHwlocXml } from './hwloc-xml.js';
import { importInfragraph } from './infragraph.js';
import { importLspci } from './lspci.js';
import { mergeImports } from './merge.js';
import { importNcclXml } from './nccl-xml.js';
import { importNvidiaSmi } from './nvidia-smi.js';
import type { PciIds } from './pci-ids.js';
import { importRocmSmi } from './rocm-smi.js';

export type { ImportResult } from './build-design.js';
export { detectFormat, IMPORT_FORMATS, type ImportFormat } from './detect.js';
export { parsePciIds, type PciIds } from './pci-ids.js';
export { shippedPciIds, SHIPPED_PCI_IDS_FILE } from './pci-ids-shipped.js';
export { summarize, type ImportSummary } from './summary.js';
export { mergeImports } from './merge.js';

/**
 * Largest file an import reads: 64 MiB. hwloc XML of the largest machines is a few MB and lspci -vvv of a
 * full 8-GPU server under 1 MB; anything far larger is not a topology file, and refusing it bounds time and memory.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Share of control characters above which a file is taken as binary, not text. */
const BINARY_SHARE = 0.05;

export interface ImportOptions {
  from?: ImportFormat;
  catalog: Catalog;
  /** The parsed PCI ID database (`shippedPciIds()`), or null (names stay unknown; an info issue says so). */
  pciIds: PciIds | null;
  /** File name, used as the design name and in messages. */
  name?: string;
}

function guard(text: string, name: string): void {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new InputError(
      `${name}: ${text.length} bytes is larger than the ${MAX_IMPORT_BYTES}-byte import limit; not a topology file?`,
      'import-too-large',
    );
  }
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0)
      throw new InputError(`${name}: binary data (NUL bytes), not a text topology file`, 'import-binary');
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > BINARY_SHARE)
    throw new InputError(`${name}: mostly non-text bytes, not a topology file`, 'import-binary');
}

const READERS: Record<ImportFormat, (text: string, o: ImportOptions, name: string) => ImportResult> = {
  'nccl-xml': (t, o, n) => importNcclXml(t, o.catalog, o.pciIds, n),
  hwloc: (t, o, n) => importHwlocXml(t, o.catalog, o.pciIds, n),
  lspci: (t, o, n) => importLspci(t, o.catalog, o.pciIds, n),
  'nvidia-smi': (t, o, n) => importNvidiaSmi(t, o.catalog, o.pciIds, n),
  'rocm-smi': (t, o, n) => importRocmSmi(t, o.catalog, o.pciIds, n),
  infragraph: (t, o, n) => importInfragraph(t, o.catalog, n),
};

/** Imports one file's text. Throws InputError for input that is not a topology file at all. */
export function importText(text: string, options: ImportOptions): ImportResult {
  const name = options.name ?? 'import';
  guard(text, name);
  const format = options.from ?? detectFormat(text);
  if (!format) {
    throw new InputError(
      `${name}: format not recognised (expected one of ${IMPORT_FORMATS.join(', ')}); name it with --from`,
      'import-format-unknown',
    );
  }
  try {
    return READERS[format](text, options, name);
  } catch (err) {
    // Readers do not know the file name; a refusal names the file it is about.
    if (err instanceof InputError && !err.message.startsWith(`${name}:`))
      throw new InputError(`${name}: ${err.message}`, err.code, err.issues);
    throw err;
  }
}

/** Imports several files of one host and merges them (the first with a PCIe tree leads; conflicts are reported). */
export function importTexts(
  files: { name: string; text: string; from?: ImportFormat }[],
  options: Omit<ImportOptions, 'name' | 'from'>,
): ImportResult {
  const results = files.map((f) => {
    const r = importText(f.text, { ...options, name: f.name, ...(f.from ? { from: f.from } : {}) });
    // With several files, each issue names the file whose reading it describes.
    if (files.length === 1) return r;
    return { ...r, issues: r.issues.map((i) => ({ ...i, message: `${f.name}: ${i.message}` })) };
  });
  const mergedRaw = mergeImports(
    results,
    files.map((f) => f.name),
  );
  // "gpu3 matches no catalog part: generic-gpu used" once per generic part, with a count, not once per device.
  const merged = {
    ...mergedRaw,
    issues: foldRepeated(mergedRaw.issues, (d) =>
      d.code === 'part-generic' || d.code === 'cpu-part-by-cpuid' ? d.message.replace(/^\S+ /, '') : null,
    ),
  };
  if (options.pciIds) return merged;
  const missing: DraftIssue = {
    severity: 'info',
    code: 'pci-ids-missing',
    message: 'no PCI ID database given: vendor and device names left unknown',
    hint: 'pass the shipped one: importText(text, { catalog, pciIds: shippedPciIds() })',
  };
  return { ...merged, issues: [missing, ...merged.issues.filter((i) => i.code !== 'pci-ids-missing')] };
}
