// `rackwire import` and `rackwire export` end to end: JSON shape, the written YAML passes `rackwire check`, exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinCatalog } from '../../src/catalog/index.js';
import { genericParts } from '../../src/catalog/data/parts/generic.js';
import { main } from '../../src/cli/main.js';

const genericIds = genericParts.map((p) => p.id);
const registered = builtinCatalog().parts.some((p) => p.id === 'generic-gpu');

const fx = (name: string): string => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rackwire-import-'));

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

describe('rackwire import', () => {
  it('--json prints one object with format, design, summary and issues', async () => {
    expect(await main(['import', fx('azure-ndv5-h100-topo.xml'), '--json'])).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('nccl-xml');
    expect(json.summary).toEqual({
      gpus: 8,
      nics: 8,
      cpus: 2,
      pcieSwitches: 8,
      nvlinkBundles: 0,
      retimers: 0,
    });
    expect(json.design.components.find((c: { id: string }) => c.id === 'node0/gpu0').pciBusId).toBe(
      '0001:00:00.0',
    );
  });
  it('-o writes a design that rackwire check accepts', async () => {
    for (const f of [
      'h200-supermicro-baremetal-topo-dump-PARTIAL.xml.txt',
      'gcp-a4-highgpu-8g-8xB200-topo.txt',
      'puget-wrx90-threadripper-2xRTX6000Ada-cx7-lspci.txt',
      'hwloc-2xXeonE5-3xTeslaM2075.xml',
    ]) {
      const file = join(dir, `${f}.yaml`);
      expect(await main(['import', fx(f), '-o', file])).toBe(0);
      out = '';
      await main(['check', file, '--json', '--no-phy']);
      const errors: { code: string; message: string }[] = JSON.parse(out).issues.filter(
        (i: { severity: string }) => i.severity === 'error',
      );
      // Until src/catalog/data/parts/index.ts registers genericParts, the only errors allowed are those unknown parts.
      const pending = registered
        ? []
        : errors.filter(
            (e) => e.code === 'unknown-part' && genericIds.some((id) => e.message.includes(`"${id}"`)),
          );
      expect(
        errors.filter((e) => !pending.includes(e)),
        f,
      ).toEqual([]);
    }
  });
  it('merges lspci speeds with nvidia-smi NVLink of the same host', async () => {
    const smi = join(dir, 'smi.txt');
    // 2 GPUs with 4 NVLinks between them, on the KVM guest's first two GPUs.
    writeFileSync(
      smi,
      '\tGPU0\tGPU1\tCPU Affinity\tNUMA Affinity\nGPU0\t X \tNV4\t0-7\t0\nGPU1\tNV4\t X \t0-7\t0\n',
    );
    expect(await main(['import', fx('h200-kvm-vm-flat-passthrough-lspci-tvv.txt'), smi, '--json'])).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('lspci+nvidia-smi');
    expect(json.summary).toMatchObject({ gpus: 8, nvlinkBundles: 1 });
    expect(json.issues.map((i: { code: string }) => i.code)).toContain('merge-conflict');
    // Each file's own issues name it (the JSON issue's `file` is null when several files were read).
    const synth = json.issues.find((i: { code: string }) => i.code === 'smi-tree-synthesised');
    expect(synth.message.startsWith(`${smi}: nvidia-smi topo -m has no PCIe tree`)).toBe(true);
  });
  it('exits 1 with a JSON error for a file that is not a topology, and 2 for an unknown --from', async () => {
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello\n');
    expect(await main(['import', junk, '--json'])).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      format: null,
      design: null,
      issues: [{ code: 'import-format-unknown', file: junk }],
    });
    expect(await main(['import', junk, '--from', 'csv'])).toBe(2);
  });
});

describe('rackwire export', () => {
  it('writes NCCL XML from an imported design, keeping bus ids', async () => {
    const yaml = join(dir, 'h200.yaml');
    expect(await main(['import', fx('formats-nccl-topo-dump-h200.xml'), '-o', yaml])).toBe(0);
    const xml = join(dir, 'h200.xml');
    expect(await main(['export', yaml, '--to', 'nccl-xml', '-o', xml])).toBe(0);
    const text = readFileSync(xml, 'utf8');
    expect(text).toContain('<pci busid="0000:18:00.0" class="0x030200"');
    out = '';
    expect(await main(['import', xml, '--json'])).toBe(0);
    expect(JSON.parse(out).summary).toEqual({
      gpus: 2,
      nics: 2,
      cpus: 1,
      pcieSwitches: 2,
      nvlinkBundles: 8,
      retimers: 0,
    });
  });
  it('writes SVG and DOT to stdout', async () => {
    const yaml = join(dir, 'aws.yaml');
    expect(await main(['import', fx('aws-p4d.24xlarge-a100-topo.xml'), '-o', yaml])).toBe(0);
    out = '';
    expect(await main(['export', yaml, '--to', 'svg'])).toBe(0);
    expect(out).toMatch(/^<svg /);
    out = '';
    expect(await main(['export', yaml, '--to', 'dot'])).toBe(0);
    expect(out).toMatch(/^graph /);
  });
});

describe('imported nvidia-smi designs and the path engine', () => {
  it('perf.pathMatrices re-derives every class of the file from the synthesised tree', async () => {
    const perf = await import('../../src/perf/index.js');
    const { importText } = await import('../../src/io/import/index.js');
    const { parseSmiMatrix } = await import('../../src/io/import/nvidia-smi.js');
    const { withGenericParts } = await import('../../src/io/import/parts.js');
    for (const f of ['gcp-a4-highgpu-8g-8xB200-topo.txt', 'formats-nvidia-smi-topo-m.txt']) {
      const text = readFileSync(fx(f), 'utf8');
      const catalog = withGenericParts(builtinCatalog());
      const { design } = importText(text, { catalog, pciIds: null });
      const devices = perf.selectDevices(design);
      const m = perf.pathMatrices(perf.buildFabric(design, catalog), devices, {
        profile: perf.defaultProfile(null),
      });
      const smi = parseSmiMatrix(text)!;
      const id = (n: string) => `node0/${n.startsWith('GPU') ? 'gpu' : 'nic'}${n.replace(/\D/g, '')}`;
      for (let i = 0; i < smi.names.length; i++) {
        for (let j = 0; j < smi.names.length; j++) {
          if (i === j) continue;
          const got = m.class[devices.indexOf(id(smi.names[i]!))]![devices.indexOf(id(smi.names[j]!))];
          expect(`${f} ${smi.names[i]}-${smi.names[j]} ${got}`).toBe(
            `${f} ${smi.names[i]}-${smi.names[j]} ${smi.cells[i]![j]}`,
          );
        }
      }
    }
  });
});
