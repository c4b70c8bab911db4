/**
 * `rackwire export --to nccl-xml --bus-ids FILE`: the VM's bus ids onto the design's devices. Known answers from the
 * 8x H200 KVM guest of NVIDIA/nccl-tests#256 (test/fixtures/import/h200-kvm-vm-flat-passthrough-lspci-tvv.txt): its
 * H200s are 0000:05:00.0-0c:00.0 and its ConnectX-7s 0000:0d:00.0-14:00.0, each on its own root port.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../src/api/index.js';
import { ncclXmlProblems } from '../../src/io/export/nccl-schema.js';

const file = (p: string) => ({ name: p, text: readFileSync(p, 'utf8') });
const KVM_TREE = 'test/fixtures/import/h200-kvm-vm-flat-passthrough-lspci-tvv.txt';
const KVM_DNN = 'test/fixtures/export/h200-kvm-vm-lspci-Dnn.txt';
const MAP = 'test/fixtures/export/h200-vm-bus-ids.yaml';
const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const GPU_BUS = [5, 6, 7, 8, 9, 10, 11, 12].map((b) => `0000:${hex2(b)}:00.0`);
const NIC_BUS = [13, 14, 15, 16, 17, 18, 19, 20].map((b) => `0000:${hex2(b)}:00.0`);

describe('--bus-ids from an lspci listing', () => {
  it('the KVM guest tree (names, no numeric ids): 8 H200 and 8 ConnectX-7 matched by part, in order', async () => {
    const r = await exportDesign('builtin:hgx-h200-8', 'nccl-xml', { busIdsFile: file(KVM_TREE) });
    const a = r.assignment!;
    expect(a.unmatched).toEqual([]);
    expect(a.matches.every((m) => m.by === 'part')).toBe(true);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => a.busIds.get(`node0/gpu${i}`))).toEqual(GPU_BUS);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => a.busIds.get(`node0/nic${i}`))).toEqual(NIC_BUS);
    // the file: every GPU and NIC under its real bus id, bridges synthetic, no placeholder left
    for (const b of [...GPU_BUS, ...NIC_BUS]) expect(r.text).toContain(`<pci busid="${b}" class=`);
    expect(r.text).not.toContain('fffe:');
    expect(r.warnings.map((w) => w.code)).toEqual([]);
    expect(ncclXmlProblems(r.text!)).toEqual([]);
  });
  it('lspci -Dnn: class codes from the listing, the virtio NIC left unused', async () => {
    const r = await exportDesign('builtin:hgx-h200-8', 'nccl-xml', { busIdsFile: file(KVM_DNN) });
    expect(r.assignment!.unused.map((u) => u.busId)).toEqual(['0000:01:00.0']);
    expect(r.assignment!.classCodes.get('node0/nic0')).toBe('0x020000');
    expect(r.text).toContain('<pci busid="0000:0d:00.0" class="0x020000"');
  });
  it('an H100 design on the H200 VM: matched by kind only, with one warning', async () => {
    const r = await exportDesign('builtin:hgx-h100-8', 'nccl-xml', { busIdsFile: file(KVM_TREE) });
    const gpus = r.assignment!.matches.filter((m) => m.component.includes('gpu'));
    expect(gpus.map((m) => m.by)).toEqual(Array(8).fill('kind'));
    expect(r.issues.map((i) => i.code)).toEqual(['bus-ids-other-model']);
  });
});

describe('--bus-ids from a YAML map', () => {
  it('names devices (relative or full ids) and overrides the class', async () => {
    const r = await exportDesign('builtin:hgx-h200-8', 'nccl-xml', { busIdsFile: file(MAP) });
    expect(r.assignment!.matches.map((m) => `${m.component} ${m.busId}`)).toEqual([
      'node0/gpu0 0000:05:00.0',
      'node0/gpu1 0000:06:00.0',
      'node0/nic0 0000:0d:00.0',
      'node0/nic1 0000:0e:00.0',
    ]);
    expect(r.text).toContain('<pci busid="0000:0d:00.0" class="0x020700"');
    // the other 12 devices keep placeholders: one summary warning says so
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^12 device\(s\) have no bus id/),
    ]);
  });
  it('bad values and unknown components are located errors; nothing is written', async () => {
    const text = 'gpu9: "0000:05:00.0"\ngpu1: "zz"\nnic0: { busId: "0000:0d:00.0", class: "ib" }\n';
    const r = await exportDesign('builtin:hgx-h200-8', 'nccl-xml', {
      busIdsFile: { name: 'map.yaml', text },
    });
    expect(r.text).toBeNull();
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'bus-ids-unknown-component'],
      [2, 'bus-ids-bad-value'],
      [3, 'bus-ids-bad-value'],
    ]);
    expect(r.issues[0]!.message).toBe('gpu9: no component gpu9 in node0; did you mean "gpu0"?');
  });
  it('a file that is neither is refused with a hint', async () => {
    const r = await exportDesign('builtin:hgx-h200-8', 'nccl-xml', {
      busIdsFile: { name: 'x', text: '- a\n- b\n' },
    });
    expect(r.issues.map((i) => i.code)).toEqual(['bus-ids-unreadable']);
  });
});
