/**
 * Issue #16: `export --to netbox`. Device types validate against the devicetype-library's JSON schema
 * (test/fixtures/netbox/schema, SOURCE.md); every cable's interfaces exist in its devices' types; devices sit in
 * their racks at the positions the stacking gives; the CSV files have NetBox's bulk-import headers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportDesign, planFileYaml, planFromIntent } from '../../src/api/index.js';

const SCHEMA = join(import.meta.dirname, '../fixtures/netbox/schema');
const schema = (f: string) => JSON.parse(readFileSync(join(SCHEMA, f), 'utf8')) as Record<string, unknown>;

function validator() {
  const generated = schema('generated_schema.json') as {
    definitions: Record<string, { properties: object }>;
  };
  // The stored generated schema predates `rf_role`, which components.json refers to (SOURCE.md): an empty schema.
  generated.definitions['interface']!.properties = {
    ...generated.definitions['interface']!.properties,
    rf_role: {},
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(generated).addSchema(schema('reusable.json')).addSchema(schema('components.json'));
  return ajv.compile(schema('devicetype.json'));
}

const csvRows = (text: string): Record<string, string>[] => {
  const [head, ...rows] = text.trim().split('\n');
  const keys = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i]!, v])));
};

async function netbox(intent: Parameters<typeof planFromIntent>[1]) {
  const plan = planFromIntent(null, intent).plan!;
  const file = join(mkdtempSync(join(tmpdir(), 'rackwire-netbox-')), 'plan.yaml');
  writeFileSync(file, planFileYaml(plan));
  const r = await exportDesign(file, 'netbox');
  expect(r.issues).toEqual([]);
  return { plan, files: r.files! };
}

describe('export --to netbox', () => {
  const validate = validator();

  it('the schema rejects what the library rejects (a device type without u_height, a bad interface type)', () => {
    expect(validate({ manufacturer: 'X', model: 'Y', slug: 'y', is_full_depth: true })).toBe(false);
    expect(
      validate({
        manufacturer: 'X',
        model: 'Y',
        slug: 'y',
        u_height: 1,
        is_full_depth: true,
        interfaces: [{ name: 'p0', type: 'nvlink' }],
      }),
    ).toBe(false);
  });

  it('2 × GB200 NVL72: device types validate; 2,592 NVLink + 144 NIC cables; trays stacked from the rack top', async () => {
    const { files } = await netbox({ preset: 'gb200-nvl72', racks: 2, scaleOut: '400g-ib' });
    const types = Object.keys(files).filter((p) => p.startsWith('device-types/'));
    expect(types.sort()).toEqual([
      'device-types/nvidia/gb200-compute-tray.yaml',
      'device-types/nvidia/nvidia-quantum2-qm9700.yaml',
      'device-types/nvidia/nvlink-switch-tray.yaml',
    ]);
    const docs = new Map<
      string,
      { model: string; slug: string; u_height: number; interfaces: { name: string; type: string }[] }
    >();
    for (const p of types) {
      const doc = parse(files[p]!);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      docs.set(doc.slug, doc);
    }
    const tray = docs.get('gb200-compute-tray')!;
    // 4 B200 × 18 NVLink links + 4 ConnectX-7 ports (the C2C and PCIe links stay inside the tray)
    expect(tray.interfaces).toHaveLength(4 * 18 + 4);
    expect(tray.interfaces.find((i) => i.name === 'nic3.p0')!.type).toBe('infiniband-ndr');
    expect(tray.interfaces.find((i) => i.name === 'gpu0.nvlink.17')!.type).toBe('other');
    expect(docs.get('nvlink-switch-tray')!.interfaces).toHaveLength(2 * 72);
    const qm = docs.get('nvidia-quantum2-qm9700')!;
    expect(qm.interfaces).toHaveLength(64);
    expect(qm.interfaces.every((i) => i.type === 'infiniband-ndr')).toBe(true);
    expect(qm.u_height).toBe(1);

    const devices = csvRows(files['devices.csv']!);
    // 2 racks × (18 compute + 9 switch trays) + 4 leaves
    expect(devices).toHaveLength(2 * 27 + 4);
    const at = (name: string) => devices.find((d) => d.name === name)!;
    expect(at('rack1/compute0')).toMatchObject({
      rack: 'rack1',
      position: '42',
      device_type: 'gb200-compute-tray',
    });
    // 18 compute trays of 1 U fill U42..U25; the first switch tray is next
    expect(at('rack0/nvswitch0').position).toBe('24');
    expect(at('leaf0')).toMatchObject({ rack: 'net0', position: '42' });

    const cables = csvRows(files['cables.csv']!);
    // 18 trays × 4 GPUs × 18 links per rack, and 36 trays × 4 NIC ports
    expect(cables).toHaveLength(2 * 1296 + 144);
    const ifaces = new Map(
      [...docs.values()].map((d) => [d.model, new Set(d.interfaces.map((i) => i.name))]),
    );
    expect(ifaces.size).toBe(3);
    const typeOf = new Map(devices.map((d) => [d.name, d.device_type]));
    for (const c of cables) {
      expect(ifaces.get(typeOf.get(c.side_a_device!)!)!.has(c.side_a_name!)).toBe(true);
      expect(ifaces.get(typeOf.get(c.side_b_device!)!)!.has(c.side_b_name!)).toBe(true);
    }
    const nv = cables.find((c) => c.side_a_name === 'gpu0.nvlink.0' && c.side_a_device === 'rack0/compute0')!;
    expect(nv).toMatchObject({ type: 'dac-passive', length: '1', length_unit: 'm', color: '4caf50' });
    expect(files['racks.csv']!.split('\n')[0]).toBe('site,name,status,width,u_height');
    expect(
      Object.keys(files)
        .filter((p) => p.startsWith('elevations/'))
        .sort(),
    ).toEqual(['elevations/net0.svg', 'elevations/rack0.svg', 'elevations/rack1.svg']);
    expect(files['elevations/rack0.svg']).toContain('rack0/nvswitch8');
  }, 60_000);

  it('16 × hgx-h100-8, fat-tree: 8 U nodes 4 per rack, leaf-spine cables between switches in the network rack', async () => {
    const { plan, files } = await netbox({ nodes: 16, topology: 'fat-tree', scaleOut: '400g-ib' });
    for (const p of Object.keys(files).filter((f) => f.startsWith('device-types/')))
      expect(validate(parse(files[p]!)), p).toBe(true);
    const devices = csvRows(files['devices.csv']!);
    const node = (r: number, n: number) => devices.find((d) => d.name === `rack${r}/node${n}`)!;
    // DGX H100 8 U: positions 35, 27, 19, 11 from the top of a 42 U rack
    expect([0, 1, 2, 3].map((n) => node(3, n).position)).toEqual(['35', '27', '19', '11']);
    const cables = csvRows(files['cables.csv']!);
    expect(cables).toHaveLength(plan.counts!.nicLeafCables + plan.counts!.leafSpineCables);
    const fabric = cables.filter(
      (c) => c.side_a_device!.startsWith('leaf') && c.side_b_device!.startsWith('spine'),
    );
    expect(fabric).toHaveLength(plan.counts!.leafSpineCables);
    expect(fabric.every((c) => c.color === 'ff9800')).toBe(true);
  }, 60_000);
});
