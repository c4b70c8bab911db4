/** Every example loads and checks clean, validates against the published JSON Schema, and round-trips. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../../src/api/index.js';
import { designJsonSchema, designToYaml, parseDesign } from '../../src/io/index.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));

describe('examples', () => {
  it('the published schema/design-v1.json is the generated one (no drift)', () => {
    expect(JSON.parse(readFileSync('schema/design-v1.json', 'utf8'))).toEqual(designJsonSchema());
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(designJsonSchema());

  for (const file of examples) {
    it(`${file} checks clean`, () => {
      const r = checkDesign(join('examples', file));
      expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(r.design).not.toBeNull();
    });
    it(`${file} validates against the JSON Schema`, () => {
      const ok = validate(parse(readFileSync(join('examples', file), 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
    it(`${file} survives write → load unchanged`, () => {
      const first = checkDesign(join('examples', file));
      const yaml = designToYaml(first.design!, first.catalog);
      const second = parseDesign(yaml, join('examples', `roundtrip-${file}`));
      expect(second.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(second.design!.components).toEqual(first.design!.components);
      expect(second.design!.links).toEqual(first.design!.links);
      expect(second.design!.containers.map((c) => [c.id, c.level, c.parent])).toEqual(
        first.design!.containers.map((c) => [c.id, c.level, c.parent]),
      );
    });
  }

  it('the JSON Schema rejects what the loader rejects (a bare length)', () => {
    const bad = {
      formatVersion: 1,
      name: 'x',
      links: [{ from: 'a.p', to: 'b.q', channel: [{ trace: { material: 'fr4', length: 250 } }] }],
    };
    expect(validate(bad)).toBe(false);
  });
});

describe('hgx-h100-8: the structure the public descriptions give', () => {
  const { design } = checkDesign('examples/hgx-h100-8.yaml');
  const d = design!;
  const count = (part: string) => d.components.filter((c) => c.part === part).length;

  it('has 8 H100 SXM5, 4 NVSwitch gen3, 2 Xeon 8480C, 4 PEX890xx and 8 ConnectX-7', () => {
    expect(count('nvidia-h100-sxm5')).toBe(8);
    expect(count('nvidia-nvswitch-gen3')).toBe(4);
    expect(count('intel-xeon-8480c')).toBe(2);
    expect(count('broadcom-pex89144')).toBe(4);
    expect(count('nvidia-connectx7')).toBe(8);
  });

  it('ids are paths through the declared levels (the baseboard adds no level)', () => {
    expect(d.components.map((c) => c.id)).toContain('node0/gpu3');
    expect(d.components.find((c) => c.id === 'node0/gpu3')!.container).toBe('node0/hgx');
  });

  it("spreads each GPU's 18 NVLink4 links 5/4/4/5 over the four switches", () => {
    for (let g = 0; g < 8; g++) {
      const perSwitch = [0, 1, 2, 3].map(
        (s) =>
          d.links.filter((l) => l.from.component === `node0/gpu${g}` && l.to.component === `node0/nvsw${s}`)
            .length,
      );
      expect(perSwitch).toEqual([5, 4, 4, 5]);
    }
  });

  it('pairs every GPU with exactly one NIC on the same virtual switch, each with its own uplink', () => {
    const partitionOf = (id: string) => {
      const l = d.links.find((k) => k.to.component === id && k.to.port === 'pcie')!;
      const sw = d.components.find((c) => c.id === l.from.component)!;
      return `${sw.id}#${sw.ports.find((p) => p.name === l.from.port)!.partition}`;
    };
    const gpuParts = [...Array(8).keys()].map((i) => partitionOf(`node0/gpu${i}`));
    const nicParts = [...Array(8).keys()].map((i) => partitionOf(`node0/nic${i}`));
    expect(new Set(gpuParts).size).toBe(8);
    expect(nicParts).toEqual(gpuParts);
    const uplinks = d.links.filter((l) => l.protocol === 'pcie' && l.from.component.startsWith('node0/cpu'));
    expect(uplinks).toHaveLength(8);
    expect(new Set(uplinks.map((l) => `${l.from.component}.${l.from.port}`)).size).toBe(8);
  });
});
