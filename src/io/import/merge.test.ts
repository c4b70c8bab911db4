// The merge leader rule: the first file with a PCIe tree (bus ids) leads, whatever the order; issues say who gave what.
import { describe, expect, it } from 'vitest';
import { fixture, pciIds, testCatalog } from '../../../test/fixtures/import/support.js';
import { importTexts } from './index.js';
import { summarize } from './summary.js';

const lspci = { name: 'vm-lspci.txt', text: fixture('h200-kvm-vm-flat-passthrough-lspci-tvv.txt') };
const smi = { name: 'host-smi.txt', text: fixture('formats-nvidia-smi-topo-m.txt') };
const opts = { catalog: testCatalog, pciIds };

describe('merging files of one host', () => {
  it('the lspci tree leads even when the nvidia-smi matrix comes first; the matrix adds its 8 NVLink bundles', () => {
    const r = importTexts([smi, lspci], opts);
    expect(r.format).toBe('lspci+nvidia-smi');
    // The lead's devices and bus ids are kept (KVM guest: GPUs on 05-0c, no switch, one CPU).
    expect(r.design.components.find((c) => c.id === 'node0/gpu0')?.pciBusId).toBe('0000:05:00.0');
    expect(summarize(r.design)).toMatchObject({
      gpus: 8,
      nics: 8,
      cpus: 1,
      pcieSwitches: 0,
      nvlinkBundles: 8,
    });
    const lead = r.issues.find((i) => i.code === 'merge-lead')!;
    expect(lead.message).toMatch(/^vm-lspci\.txt leads \(the first file with a PCIe tree\)/);
    expect(lead.message).toMatch(/host-smi\.txt adds 8 NVLink link\(s\)/);
    // Each file's own issues name it.
    expect(r.issues.some((i) => i.message.startsWith('host-smi.txt: '))).toBe(true);
  });
  it('gives the same design in either order', () => {
    const a = importTexts([smi, lspci], opts).design;
    const b = importTexts([lspci, smi], opts).design;
    expect(b).toEqual(a);
  });
  it('without any PCIe tree the first file leads, and says so', () => {
    const b200 = { name: 'b200.txt', text: fixture('gcp-a4-highgpu-8g-8xB200-topo.txt') };
    const r = importTexts([b200, smi], opts);
    expect(r.issues.find((i) => i.code === 'merge-lead')?.message).toMatch(
      /^b200\.txt leads \(no file has a PCIe tree: the first file\)/,
    );
  });
});
