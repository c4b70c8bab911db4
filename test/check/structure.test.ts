import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../src/io/index.js';
import { checkStructure, fitsBifurcation } from '../../src/check/index.js';

const load = (yaml: string) => parseDesign(`formatVersion: 1\nname: t\n${yaml}`, 'mem.yaml');

describe('structural check', () => {
  it('collects every problem of a file at once, each located', () => {
    const r = load(`components:
  - { id: cpu0, part: intel-xeon-8480c }
  - { id: gpu0, part: nvidia-h100-sxm5 }
  - { id: gpu1, part: nvidia-h100-sxm9 }
links:
  - { from: cpu0.pcie0, to: gpu0.pci }
  - { from: cpu0.pcie1, to: gpu0.nvlink }
`);
    // parseDesign only loads; the check runs on the loaded design. Lines count from the two header lines.
    const issues = r.locate(checkStructure(r.design!, r.catalog).issues);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['unknown-part', 6],
      ['port-not-found', 8],
      ['protocol-mismatch', 9],
    ]);
    expect(issues[0]!.hint).toContain('nvidia-h100-sxm5');
  });

  it('fits links to bifurcation options by width', () => {
    expect(fitsBifurcation([16], [16])).toBe(true);
    expect(fitsBifurcation([4], [16])).toBe(true); // a x4 device on a x16 port trains x4
    expect(fitsBifurcation([8, 8], [16])).toBe(false);
    expect(fitsBifurcation([8, 4], [8, 8])).toBe(true);
    expect(fitsBifurcation([8, 4, 4], [4, 4, 4, 4])).toBe(false);
  });

  it('accepts CXL on a root port that lists it, and a retimer inside the channel', () => {
    const r = load(`components:
  - { id: cpu0, part: amd-epyc-9005 }
  - { id: cxl0, part: astera-leo }
  - { id: rt0, part: astera-aries-gen5 }
links:
  - { from: cpu0.p0, to: cxl0.pcie, protocol: cxl, channel: [{ package: from }, { device: rt0 }, add-in-card] }
`);
    expect(r.issues).toEqual([]);
    expect(checkStructure(r.design!, r.catalog).issues).toEqual([]);
  });
});
