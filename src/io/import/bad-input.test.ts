// Bad input gives a clear InputError or a partial import with warnings, never a hang or a crash.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/index.js';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importText, MAX_IMPORT_BYTES } from './index.js';

const opts = { catalog: testCatalog, pciIds, name: 'bad' };
const codeOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
};

describe('bad input', () => {
  it('refuses XML with an internal DTD or entity declarations (billion laughs), never expanding them', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE system [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><system version="1">&b;</system>';
    expect(codeOf(() => importText(laughs, opts))).toBe('xml-entities');
  });
  it('keeps entity references in attributes as written (no expansion)', () => {
    const r = importText('<system version="1"><cpu numaid="0" vendor="&amp;x"/></system>', opts);
    expect(r.design.components[0]?.infos.vendor).toBe('&amp;x');
  });
  it('accepts the external DOCTYPE hwloc writes without loading it', () => {
    const r = importText(
      '<!DOCTYPE topology SYSTEM "hwloc2.dtd">\n<topology version="3.0"><object type="Machine"/></topology>',
      opts,
    );
    expect(r.format).toBe('hwloc');
  });
  it('imports a truncated NCCL XML partially, with a warning', () => {
    const text = fixture('formats-nccl-topo-dump-h200.xml');
    const cut = text.slice(0, text.indexOf('mlx5_1') - 40);
    const r = importText(cut, opts);
    expect(r.issues.map((i) => i.code)).toContain('xml-malformed');
    expect(r.design.components.filter((c) => c.kind === 'accelerator')).toHaveLength(1);
  });
  it('reports an nvidia-smi header without one complete row as an error issue with an empty design', () => {
    // Cut right after the header row (a truncated matrix with rows is imported: nvidia-smi.test.ts).
    const text = fixture('gcp-a4-highgpu-8g-8xB200-topo.txt').split('\n').slice(0, 6).join('\n');
    const r = importText(text, { ...opts, from: 'nvidia-smi' });
    expect(r.issues.find((i) => i.severity === 'error')?.code).toBe('smi-no-matrix');
    expect(r.design.components).toHaveLength(0);
  });
  it('names the problem for a file of the wrong format given with --from', () => {
    const r = importText(fixture('aws-p4d.24xlarge-a100-topo.xml'), { ...opts, from: 'hwloc' });
    expect(r.issues.find((i) => i.severity === 'error')?.code).toBe('hwloc-no-topology');
  });
  it('an lspci or InfraGraph reader given another format says so with an error, not a clean empty design', () => {
    const hwloc = fixture('hwloc-2xXeonE5-3xTeslaM2075.xml');
    const lspci = importText(hwloc, { ...opts, from: 'lspci' });
    expect(lspci.issues.find((i) => i.severity === 'error')?.code).toBe('lspci-no-devices');
    expect(lspci.design.components).toHaveLength(0);
    const lspciText = fixture('h200-kvm-vm-flat-passthrough-lspci-tvv.txt');
    const ig = importText(lspciText, { ...opts, from: 'infragraph' });
    expect(ig.issues.find((i) => i.severity === 'error')?.code).toBe('infragraph-empty');
  });
  it('names the file in a refusal raised inside a reader (DTD in XML)', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "x">]>\n<topology/>\n';
    expect(() => importText(text, opts)).toThrow(/^bad: XML with a DTD/);
  });
  it('refuses text it cannot recognise', () => {
    expect(codeOf(() => importText('hello world\n', opts))).toBe('import-format-unknown');
  });
  it('refuses binary garbage', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(codeOf(() => importText(bytes, opts))).toBe('import-binary');
  });
  it('refuses a file above the size limit before parsing it', () => {
    const huge = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(codeOf(() => importText(huge, opts))).toBe('import-too-large');
  });
  it('refuses unreadable YAML given as InfraGraph', () => {
    expect(codeOf(() => importText('devices: [a, {b: ]', { ...opts, from: 'infragraph' }))).toBe(
      'infragraph-unreadable',
    );
  });
  it('finishes on hostile XML: thousands of unclosed comments, tags and processing instructions', () => {
    for (const junk of [
      '<!--'.repeat(100_000),
      '<pci busid="'.repeat(100_000),
      '<?x'.repeat(100_000),
      '<a>'.repeat(100_000),
      '<pci class="0x060400">'.repeat(50_000),
      '<a>'.repeat(300) + '</b>'.repeat(100_000),
    ]) {
      const r = importText(`<system version="1">${junk}`, opts);
      expect(r.issues.some((i) => i.code === 'xml-malformed')).toBe(true);
    }
  });
});
